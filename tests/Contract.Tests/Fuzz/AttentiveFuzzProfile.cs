using System.Text.Json;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

internal sealed class AttentiveFuzzProfile : FuzzProfile
{
    public override ProviderSpec Provider => ProviderSpec.Attentive;

    public override async Task<FuzzTenant> SeedAsync(HttpClient controls, HttpClient api, SchemaValueGenerator generator)
    {
        var company = await PostAsync(controls, "attentive/tenants", new JsonObject
        {
            ["tokens"] = new JsonArray(new JsonObject
            {
                ["scopes"] = new JsonArray("subscriptions:read", "subscriptions:write", "attributes:write", "events:write", "identity:write"),
            }),
            ["signUpUnits"] = new JsonArray(
                new JsonObject { ["id"] = "900", ["type"] = "MARKETING", ["language"] = "en", ["country"] = "US", ["api"] = true },
                new JsonObject { ["id"] = "901", ["type"] = "TRANSACTIONAL", ["language"] = "en", ["country"] = "US", ["api"] = true }),
        });
        var id = company["companyId"]!.GetValue<string>();
        var auth = Bearer(company["tokens"]![0]!["token"]!.GetValue<string>());
        var phone = "+1" + generator.NextPhoneTenDigits();
        var email = generator.NextEmail();
        await PostAsync(api, "attentive/v1/subscriptions", new JsonObject
        {
            ["user"] = new JsonObject { ["phone"] = phone, ["email"] = email },
            ["signUpSourceId"] = "900",
        }, auth);
        await PostAsync(api, "attentive/v2/user/attributes", new JsonObject
        {
            ["identifiers"] = new JsonObject { ["phone"] = phone, ["clientUserId"] = "fuzz-user" },
        }, auth);
        var job = await PostAsync(api, "attentive/v2/bulk/user/attributes", new JsonObject
        {
            ["users"] = new JsonArray(new JsonObject { ["identifiers"] = new JsonObject { ["email"] = email } }),
        }, auth);
        return new FuzzTenant(auth, new Dictionary<string, string>
        {
            ["phone"] = phone,
            ["email"] = email,
            ["signUpSourceId"] = "900",
            ["bulkJobId"] = job["batchJobId"]!.GetValue<string>(),
        },
        [
            $"attentive/tenants/{id}",
            $"attentive/tenants/{id}/subscriptions?phone={Uri.EscapeDataString(phone)}",
            $"attentive/tenants/{id}/users?phone={Uri.EscapeDataString(phone)}",
            $"attentive/tenants/{id}/custom-attributes",
            $"outbox?provider=attentive&tenant={id}",
        ]);
    }

    public override string? CheckErrorBody(int status, JsonNode? body) =>
        body?["error"]?["id"] is JsonValue errorId && errorId.GetValueKind() == JsonValueKind.Number
        && body["error"]?["message"] is JsonValue message && message.GetValueKind() == JsonValueKind.String
            ? null
            : "expected {\"error\": {\"id\": <int>, \"message\": \"...\"}}";
}
