using System.Text.Json;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

internal sealed class SequenzyFuzzProfile : FuzzProfile
{
    public override ProviderSpec Provider => ProviderSpec.Sequenzy;

    public override async Task<FuzzTenant> SeedAsync(HttpClient controls, HttpClient api, SchemaValueGenerator generator)
    {
        var workspace = await PostAsync(controls, "sequenzy/tenants", new JsonObject
        {
            ["lists"] = new JsonArray(new JsonObject { ["id"] = "list_main", ["name"] = "Main" }),
        });
        var id = workspace["id"]!.GetValue<string>();
        var auth = Bearer(workspace["apiKey"]!.GetValue<string>());
        var email = generator.NextEmail();
        await PostAsync(api, "sequenzy/api/v1/subscribers", new JsonObject { ["email"] = email, ["externalId"] = "fuzz-ext-1" }, auth);
        var import = await PostAsync(api, "sequenzy/api/v1/subscribers/imports", new JsonObject
        {
            ["subscribers"] = new JsonArray(new JsonObject { ["email"] = generator.NextEmail() }),
        }, auth);
        return new FuzzTenant(auth, new Dictionary<string, string>
        {
            ["email"] = email,
            ["externalId"] = "fuzz-ext-1",
            ["listId"] = "list_main",
            ["importId"] = import["import"]?["id"]?.GetValue<string>() ?? import["id"]?.GetValue<string>() ?? "imp_000001",
        }, [$"sequenzy/tenants/{id}", $"sequenzy/tenants/{id}/subscribers", $"outbox?provider=sequenzy&tenant={id}"]);
    }

    public override string? CheckErrorBody(int status, JsonNode? body) =>
        body?["success"] is JsonValue success && success.GetValueKind() == JsonValueKind.False
        && body["error"] is JsonValue error && error.GetValueKind() == JsonValueKind.String
            ? null
            : "expected {\"success\": false, \"error\": \"...\"}";
}
