using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

internal sealed class EssentialFuzzProfile : FuzzProfile
{
    public override ProviderSpec Provider => ProviderSpec.Essential;

    public override async Task<FuzzTenant> SeedAsync(HttpClient controls, HttpClient api, SchemaValueGenerator generator)
    {
        var account = await PostAsync(controls, "essential/tenants", new JsonObject
        {
            ["channels"] = new JsonArray(new JsonObject { ["name"] = "Fuzz", ["welcome_message"] = "Welcome!" }),
        });
        var sid = account["account_sid"]!.GetValue<string>();
        var channel = account["channels"]![0]!["sid"]!.GetValue<string>();
        var auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sid}:{account["auth_token"]}")));
        var phone = generator.NextPhoneTenDigits();
        var subscriber = await PostAsync(api, $"essential/v2/account/channels/{channel}/subscribers/upsert", new JsonObject { ["phone_number"] = phone }, auth);
        var series = await PostAsync(api, $"essential/v2/channel/{channel}/welcome_series/create_default", new JsonObject { ["name"] = "Fuzz series" }, auth);
        return new FuzzTenant(auth, new Dictionary<string, string>
        {
            ["channel_sid"] = channel,
            ["subscriber_sid"] = subscriber["sid"]!.GetValue<string>(),
            ["series_sid"] = series["sid"]!.GetValue<string>(),
            ["phone_number"] = phone,
            ["channel"] = channel,
        }, [$"essential/tenants/{sid}", $"essential/tenants/{sid}/subscribers", $"essential/tenants/{sid}/workflow-executions", $"outbox?provider=essential&tenant={sid}"]);
    }

    public override string? CheckErrorBody(int status, JsonNode? body)
    {
        var code = body?["status"] as JsonValue;
        return code is not null && code.TryGetValue<int>(out var value) && value == status && body?["message"] is JsonValue message && message.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? null
            : "expected {\"status\": <the HTTP status>, \"message\": \"...\"}";
    }
}
