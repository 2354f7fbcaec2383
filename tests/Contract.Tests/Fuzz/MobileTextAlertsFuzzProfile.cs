using System.Text.Json;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

internal sealed class MobileTextAlertsFuzzProfile : FuzzProfile
{
    public override ProviderSpec Provider => ProviderSpec.MobileTextAlerts;

    public override async Task<FuzzTenant> SeedAsync(HttpClient controls, HttpClient api, SchemaValueGenerator generator)
    {
        var tenant = await PostAsync(controls, "mta/tenants", new JsonObject());
        var id = tenant["tenantId"]!.GetValue<string>();
        var auth = Bearer(tenant["apiKey"]!.GetValue<string>());
        var phone = generator.NextPhoneTenDigits();
        var group = await PostAsync(api, "mta/v3/groups", new JsonObject { ["name"] = "Fuzz" }, auth);
        var groupId = group["data"]!["id"]!.ToString();
        var field = await PostAsync(api, "mta/v3/custom-fields", new JsonObject { ["name"] = "Fuzz", ["type"] = "string" }, auth);
        var subscriber = await PostAsync(api, "mta/v3/subscribers",
            new JsonObject { ["e164Number"] = "+1" + phone, ["email"] = generator.NextEmail(), ["groupIds"] = new JsonArray(JsonValue.Create(long.Parse(groupId, System.Globalization.CultureInfo.InvariantCulture))) }, auth);

        // Path and query values that name what was seeded, so the group, member and field routes get past their 404s.
        return new FuzzTenant(auth, new Dictionary<string, string>
        {
            ["idOrNumberOrEmail"] = "+1" + phone,
            ["number"] = phone,
            ["groupId"] = groupId,
            ["groupIds"] = groupId,
            ["subscriberId"] = subscriber["data"]!["id"]!.ToString(),
            ["customFieldId"] = field["data"]!["id"]!.ToString(),
        }, [$"mta/tenants/{id}/subscribers", $"mta/tenants/{id}/unsubscribes", "mta/tenants", $"mta/tenants/{id}", $"outbox?provider=mta&tenant={id}"]);
    }

    public override string? CheckErrorBody(int status, JsonNode? body)
    {
        var code = body?["httpCode"] as JsonValue;
        return code is not null && code.TryGetValue<int>(out var value) && value == status
            && body?["message"] is JsonValue message && message.GetValueKind() == JsonValueKind.String
            ? null
            : "expected {\"httpCode\": <the HTTP status>, \"message\": \"...\", ...}";
    }
}
