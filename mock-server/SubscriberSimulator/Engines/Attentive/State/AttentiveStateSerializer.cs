using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.State;

/// <summary>
/// The engine's part of the state file: companies with their tokens, sign-up units and contacts.
/// Tokens are stored in full because the restored simulator must accept the same credentials.
/// </summary>
internal static class AttentiveStateSerializer
{
    public static JsonNode Export(CompanyRegistry registry)
    {
        var companies = new JsonArray();
        var tokens = registry.Tokens;
        foreach (var company in registry.Companies.OrderBy(company => company.Id, StringComparer.Ordinal))
        {
            lock (company.Gate)
            {
                companies.Add(ExportCompany(company, tokens));
            }
        }

        return new JsonObject { ["companies"] = companies };
    }

    public static void Import(CompanyRegistry registry, JsonNode state)
    {
        // Parse everything into fresh objects first, so a bad file leaves the current state alone.
        var staging = new CompanyRegistry();
        foreach (var node in Array(state, "companies"))
        {
            ImportCompany(staging, node);
        }

        registry.Clear();
        foreach (var company in staging.Companies.OrderBy(company => company.Id, StringComparer.Ordinal))
        {
            registry.Adopt(company, TokenGrant.InCreationOrder(staging.Tokens.Where(grant => grant.CompanyId == company.Id)));
        }
    }

    private static JsonObject ExportCompany(AttentiveCompany company, IReadOnlyCollection<TokenGrant> tokens)
    {
        var units = new JsonArray();
        foreach (var unit in company.SignUpUnits.Values)
        {
            units.Add(new JsonObject
            {
                ["id"] = unit.Id,
                ["type"] = WireNames.Of(unit.Type),
                ["language"] = unit.Language,
                ["country"] = unit.Country,
                ["api"] = unit.IsApi,
            });
        }

        var grants = new JsonArray();
        foreach (var grant in TokenGrant.InCreationOrder(tokens.Where(grant => grant.CompanyId == company.Id)))
        {
            grants.Add(new JsonObject
            {
                ["token"] = grant.Token,
                ["scopes"] = new JsonArray(grant.Scopes.Order(StringComparer.Ordinal).Select(scope => (JsonNode)JsonValue.Create(scope)).ToArray()),
            });
        }

        return new JsonObject
        {
            ["companyId"] = company.Id,
            ["companyName"] = company.Name,
            ["attentiveDomainName"] = company.DomainName,
            ["applicationName"] = company.ApplicationName,
            ["contactEmail"] = company.ContactEmail,
            ["signUpUnits"] = units,
            ["tokens"] = grants,
            ["phones"] = ExportContacts(company.Phones),
            ["emails"] = ExportContacts(company.Emails),
        };
    }

    private static JsonArray ExportContacts(Dictionary<string, AttentiveContact> contacts)
    {
        var array = new JsonArray();
        foreach (var contact in contacts.Values)
        {
            var subscriptions = new JsonObject();
            foreach (var type in SubscriptionTypes.All)
            {
                var current = contact.Get(type);
                if (current != AttentiveSubscriptionState.None)
                {
                    subscriptions[WireNames.Of(type)] = WireNames.Of(current);
                }
            }

            var item = new JsonObject { ["id"] = contact.Identifier, ["subscriptions"] = subscriptions };
            if (contact.ExternalIdentifiers is { } external)
            {
                item["externalIdentifiers"] = new JsonObject
                {
                    ["clientUserId"] = external.ClientUserId,
                    ["shopifyId"] = external.ShopifyId,
                    ["klaviyoId"] = external.KlaviyoId,
                    ["customIdentifiers"] = new JsonArray(external.CustomIdentifiers
                        .Select(custom => (JsonNode)new JsonObject { ["name"] = custom.Name, ["value"] = custom.Value }).ToArray()),
                };
            }

            array.Add(item);
        }

        return array;
    }

    private static void ImportCompany(CompanyRegistry staging, JsonNode? node)
    {
        var definition = new AttentiveCompanyDefinition(
            Text(node, "companyId"),
            Text(node, "companyName"),
            Text(node, "attentiveDomainName"),
            Text(node, "applicationName"),
            Text(node, "contactEmail"));
        var company = staging.Create(definition);
        var units = new List<AttentiveSignUpUnit>();
        foreach (var unit in Array(node, "signUpUnits"))
        {
            units.Add(new AttentiveSignUpUnit(
                Text(unit, "id"),
                ParseType(Text(unit, "type")),
                Text(unit, "language"),
                Text(unit, "country"),
                unit?["api"]?.GetValue<bool>() ?? true));
        }

        SignUpUnitRules.AddAll(company, units);
        foreach (var token in Array(node, "tokens"))
        {
            staging.AddToken(company.Id, Text(token, "token"), Array(token, "scopes").Select(scope => scope?.GetValue<string>() ?? string.Empty).ToList());
        }

        ImportContacts(company.Phones, AttentiveChannel.Text, Array(node, "phones"));
        ImportContacts(company.Emails, AttentiveChannel.Email, Array(node, "emails"));
    }

    private static void ImportContacts(Dictionary<string, AttentiveContact> target, AttentiveChannel channel, JsonArray items)
    {
        foreach (var item in items)
        {
            var contact = new AttentiveContact(ContactIdentifiers.RequireKey(channel, Text(item, "id"), "contact id"));
            foreach (var pair in item?["subscriptions"]?.AsObject() ?? new JsonObject())
            {
                if (!WireNames.TryParseState(pair.Value?.GetValue<string>(), out var state))
                {
                    throw new InvalidDataException("The Attentive state has a subscription with an unknown state.");
                }

                contact.Set(ParseType(pair.Key), state);
            }

            if (item?["externalIdentifiers"] is JsonObject external)
            {
                contact.ExternalIdentifiers = new AttentiveExternalIdentifiers(
                    external["clientUserId"]?.GetValue<string>(),
                    external["shopifyId"]?.GetValue<string>(),
                    external["klaviyoId"]?.GetValue<string>(),
                    Array(external, "customIdentifiers").Select(custom => new AttentiveCustomIdentifier(Text(custom, "name"), Text(custom, "value"))).ToList());
            }

            target[contact.Identifier] = contact;
        }
    }

    private static AttentiveSubscriptionType ParseType(string text) =>
        WireNames.TryParseType(text, out var type) ? type : throw new InvalidDataException($"The Attentive state has an unknown subscription type '{text}'.");

    private static string Text(JsonNode? node, string name) =>
        node?[name]?.GetValue<string>() ?? throw new InvalidDataException($"The Attentive state lacks '{name}'.");

    private static JsonArray Array(JsonNode? node, string name) => node?[name] as JsonArray ?? new JsonArray();
}
