using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>Parsers for the /__sim/attentive control bodies (camelCase, like Attentive's API; unknown fields ignored like it).</summary>
internal static class ControlRequests
{
    /// <summary>
    /// <c>{"companyId", "companyName", "attentiveDomainName", "applicationName", "contactEmail",
    /// "tokens": [...], "signUpUnits": [...]}</c>, all optional (no body: a default company). No
    /// tokens: one random token with every scope.
    /// </summary>
    public static (AttentiveCompanyDefinition Definition, List<AttentiveSignUpUnit> Units, List<(string? Token, IReadOnlyList<string>? Scopes)> Tokens) Company(JsonElement? body)
    {
        var defaults = new AttentiveCompanyDefinition();
        if (body is null)
        {
            return (defaults, [], [(null, null)]);
        }

        var root = JsonFields.RequireObject(body);
        var definition = new AttentiveCompanyDefinition(
            JsonFields.NonEmptyString(root, "companyId", "companyId"),
            JsonFields.NonEmptyString(root, "companyName", "companyName") ?? defaults.CompanyName,
            JsonFields.NonEmptyString(root, "attentiveDomainName", "attentiveDomainName"),
            JsonFields.NonEmptyString(root, "applicationName", "applicationName") ?? defaults.ApplicationName,
            JsonFields.NonEmptyString(root, "contactEmail", "contactEmail") ?? defaults.ContactEmail);
        var units = new List<AttentiveSignUpUnit>();
        var index = 0;
        foreach (var item in Items(root, "signUpUnits"))
        {
            units.Add(SignUpUnit(item, $"signUpUnits[{index++}]"));
        }

        var tokens = new List<(string?, IReadOnlyList<string>?)>();
        index = 0;
        foreach (var item in Items(root, "tokens"))
        {
            tokens.Add(Token(item, $"tokens[{index++}]"));
        }

        return (definition, units, tokens.Count > 0 ? tokens : [(null, null)]);
    }

    /// <summary><c>{"id", "type", "language" (en), "country" (US), "api" (true)}</c>.</summary>
    public static AttentiveSignUpUnit SignUpUnit(JsonElement element, string path)
    {
        var root = JsonFields.RequireObject(element, path);
        var id = JsonFields.String(root, "id", path + ".id") ?? throw RequestRefusedException.BadRequest($"{path}.id is required.");
        var typeText = JsonFields.String(root, "type", path + ".type") ?? throw RequestRefusedException.BadRequest($"{path}.type is required.");
        if (!WireNames.TryParseType(typeText, out var type))
        {
            throw RequestRefusedException.BadRequest($"{path}.type must be MARKETING, TRANSACTIONAL or CHECKOUT_ABANDONED.");
        }

        var unit = new AttentiveSignUpUnit(
            id,
            type,
            JsonFields.String(root, "language", path + ".language") ?? "en",
            JsonFields.String(root, "country", path + ".country") ?? "US",
            JsonFields.Boolean(root, "api", path + ".api") ?? true);
        SignUpUnitRules.Validate(unit);
        return unit;
    }

    /// <summary><c>{"token", "scopes": [...]}</c>, both optional: a random token, every scope.</summary>
    public static (string? Token, IReadOnlyList<string>? Scopes) Token(JsonElement element, string path)
    {
        var root = JsonFields.RequireObject(element, path);
        List<string>? scopes = null;
        if (JsonFields.Array(root, "scopes", path + ".scopes") is { } array)
        {
            scopes = [];
            foreach (var scope in array.EnumerateArray())
            {
                if (scope.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(scope.GetString()))
                {
                    throw RequestRefusedException.BadRequest($"{path}.scopes must be an array of non-empty strings.");
                }

                scopes.Add(scope.GetString()!);
            }
        }

        return (JsonFields.NonEmptyString(root, "token", path + ".token"), scopes);
    }

    /// <summary><c>{"name", "values": [...]}</c>; values optional (any value is accepted).</summary>
    public static (string Name, IReadOnlyList<string>? Values) CustomAttribute(JsonElement? body)
    {
        var root = JsonFields.RequireObject(body);
        var name = JsonFields.String(root, "name", "name") ?? throw RequestRefusedException.BadRequest("name is required.");
        List<string>? values = null;
        if (JsonFields.Array(root, "values", "values") is { } array)
        {
            values = [];
            foreach (var value in array.EnumerateArray())
            {
                values.Add(value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                    ? text
                    : throw RequestRefusedException.BadRequest("values must be an array of non-empty strings."));
            }
        }

        return (name, values);
    }

    /// <summary><c>{"phone": "+1..."}</c> of the consent actions.</summary>
    public static string Phone(JsonElement? body) =>
        JsonFields.String(JsonFields.RequireObject(body), "phone", "phone") ?? throw RequestRefusedException.BadRequest("phone is required.");

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        JsonFields.Array(root, name, name) is { } array ? array.EnumerateArray() : [];
}
