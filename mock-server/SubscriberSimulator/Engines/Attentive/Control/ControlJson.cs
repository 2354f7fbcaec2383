using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Domain;
using SubscriberSimulator.Engines.Attentive.Http;

namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>Parsing of the control bodies (sign-up units, tokens, companies).</summary>
internal static class ControlJson
{
    public static AttentiveSignUpUnit ParseSignUpUnit(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw AttentiveRequestException.BadRequest($"{path} must be an object.");
        }

        var id = JsonFields.String(element, "id", path + ".id") ?? throw AttentiveRequestException.BadRequest($"{path}.id is required.");
        var typeText = JsonFields.String(element, "type", path + ".type") ?? throw AttentiveRequestException.BadRequest($"{path}.type is required.");
        if (!WireNames.TryParseType(typeText, out var type))
        {
            throw AttentiveRequestException.BadRequest($"{path}.type must be MARKETING, TRANSACTIONAL or CHECKOUT_ABANDONED.");
        }

        var unit = new AttentiveSignUpUnit(
            id,
            type,
            JsonFields.String(element, "language", path + ".language") ?? "en",
            JsonFields.String(element, "country", path + ".country") ?? "US",
            JsonFields.Boolean(element, "api", path + ".api") ?? true);
        SignUpUnitRules.Validate(unit);
        return unit;
    }

    public static (string? Token, IReadOnlyList<string>? Scopes) ParseToken(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw AttentiveRequestException.BadRequest($"{path} must be an object.");
        }

        List<string>? scopes = null;
        if (JsonFields.Array(element, "scopes", path + ".scopes") is { } array)
        {
            scopes = new List<string>();
            foreach (var scope in array.EnumerateArray())
            {
                if (scope.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(scope.GetString()))
                {
                    throw AttentiveRequestException.BadRequest($"{path}.scopes must be an array of non-empty strings.");
                }

                scopes.Add(scope.GetString()!);
            }
        }

        return (JsonFields.NonEmptyString(element, "token", path + ".token"), scopes);
    }

    public static AttentiveCompanyDefinition ParseCompany(JsonElement root)
    {
        var defaults = new AttentiveCompanyDefinition();
        return new AttentiveCompanyDefinition(
            JsonFields.NonEmptyString(root, "companyId", "companyId"),
            JsonFields.NonEmptyString(root, "companyName", "companyName") ?? defaults.CompanyName,
            JsonFields.NonEmptyString(root, "attentiveDomainName", "attentiveDomainName"),
            JsonFields.NonEmptyString(root, "applicationName", "applicationName") ?? defaults.ApplicationName,
            JsonFields.NonEmptyString(root, "contactEmail", "contactEmail") ?? defaults.ContactEmail);
    }

    public static void WriteSubscriptions(Utf8JsonWriter writer, IReadOnlyList<AttentiveSubscriptionView> views)
    {
        writer.WriteStartArray("subscriptions");
        foreach (var view in views)
        {
            writer.WriteStartObject();
            writer.WriteString("type", WireNames.Of(view.Type));
            writer.WriteString("channel", WireNames.Of(view.Channel));
            writer.WriteString("state", WireNames.Of(view.State));
            writer.WriteBoolean("isEligible", view.State == AttentiveSubscriptionState.Active);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteSignUpUnit(Utf8JsonWriter writer, AttentiveSignUpUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("id", unit.Id);
        writer.WriteString("type", WireNames.Of(unit.Type));
        writer.WriteString("language", unit.Language);
        writer.WriteString("country", unit.Country);
        writer.WriteBoolean("api", unit.IsApi);
        writer.WriteEndObject();
    }

    public static void WriteToken(Utf8JsonWriter writer, TokenGrant grant, bool includeSecret)
    {
        writer.WriteStartObject();
        writer.WriteString("tokenId", grant.TokenId);
        if (includeSecret)
        {
            writer.WriteString("token", grant.Token);
        }

        writer.WriteStartArray("scopes");
        foreach (var scope in grant.Scopes.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(scope);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
