using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Control;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.State;

/// <summary>
/// Reads one company back from the state file with the parsers and checks of the controls and the
/// API (tokens, sign-up units, phone and email keys); throws on anything missing or inconsistent.
/// </summary>
internal static class AttentiveStateReader
{
    public static AttentiveCompany ReadCompany(string companyId, JsonElement element)
    {
        if (Str(element, "companyId") != companyId)
        {
            throw new FormatException($"the state of company '{companyId}' names another company");
        }

        var company = new AttentiveCompany(companyId, new AttentiveCompanyDefinition(
            companyId, Str(element, "companyName"), Str(element, "attentiveDomainName"), Str(element, "applicationName"), Str(element, "contactEmail")));
        foreach (var item in element.GetProperty("tokens").EnumerateArray())
        {
            var (token, scopes) = ControlRequests.Token(item, "a token");
            TokenRules.Grant(company, token ?? throw new FormatException("a token has no value"), scopes ?? throw new FormatException("a token has no scopes"));
        }

        foreach (var item in element.GetProperty("signUpUnits").EnumerateArray())
        {
            var unit = ControlRequests.SignUpUnit(item, "a sign-up unit");
            if (!company.SignUpUnits.TryAdd(unit.Id, unit))
            {
                throw new FormatException($"the sign-up unit '{unit.Id}' appears twice");
            }
        }

        ReadContacts(company.Phones, AttentiveChannel.Text, element.GetProperty("phones"));
        ReadContacts(company.Emails, AttentiveChannel.Email, element.GetProperty("emails"));
        AttentiveUserStateReader.Read(company, element);
        return company;
    }

    private static void ReadContacts(Dictionary<string, AttentiveContact> target, AttentiveChannel channel, JsonElement items)
    {
        foreach (var item in items.EnumerateArray())
        {
            var contact = new AttentiveContact(ContactIdentifiers.RequireKey(channel, Str(item, "id"), "a contact id"))
            {
                ExternalIdentifiers = ExternalIdentifiersField.Read(item),
            };
            foreach (var subscription in item.GetProperty("subscriptions").EnumerateObject())
            {
                if (!WireNames.TryParseType(subscription.Name, out var type) || !WireNames.TryParseState(subscription.Value.GetString(), out var state))
                {
                    throw new FormatException("a subscription has an unknown type or state");
                }

                contact.Set(type, state);
            }

            if (!target.TryAdd(contact.Identifier, contact))
            {
                throw new FormatException("a contact appears twice");
            }
        }
    }

    private static string Str(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' must not be null");
}
