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
        await PostAsync(api, "mta/v3/subscribers", new JsonObject { ["e164Number"] = "+1" + phone, ["email"] = generator.NextEmail() }, auth);
        return new FuzzTenant(auth, new Dictionary<string, string>
        {
            ["idOrNumberOrEmail"] = "+1" + phone,
            ["number"] = phone,
        }, [$"mta/tenants/{id}/subscribers", $"mta/tenants/{id}/unsubscribes", "mta/tenants", $"outbox?provider=mta&tenant={id}"]);
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
