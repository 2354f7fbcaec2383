using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;
using SubscriberSimulator;

namespace Contract.Tests.Conformance;

/// <summary>
/// Shared by the conformance tests: starts the simulator on a loopback socket when any provider has
/// no sandbox configured, and hands out targets. On the simulator every target is a fresh tenant
/// created through the <c>/__sim</c> HTTP controls, the same way a sandbox account is prepared by hand.
/// </summary>
public sealed class ConformanceEnvironment : IAsyncLifetime
{
    private SimulatorServer? _server;
    private HttpClient? _controls;

    public async Task InitializeAsync()
    {
        if (ProviderSpec.All.Any(p => ConformanceSettings.UsesSimulator(EnvName(p))))
        {
            _server = await SimulatorServer.StartAsync();
            _controls = new HttpClient { BaseAddress = new Uri(_server.BaseAddress, "__sim/") };
        }
    }

    public async Task DisposeAsync()
    {
        _controls?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public async Task<ProviderTarget> EssentialAsync()
    {
        const string env = "ESSENTIAL";
        if (!ConformanceSettings.UsesSimulator(env))
        {
            return External(ProviderSpec.Essential, env, Basic(ConformanceSettings.Require(env, "ACCOUNT_SID"), ConformanceSettings.Require(env, "AUTH_TOKEN")),
                new() { ["channel_sid"] = ConformanceSettings.Require(env, "CHANNEL_SID"), ["account_sid"] = ConformanceSettings.Require(env, "ACCOUNT_SID") });
        }

        var account = await SeedAsync("essential/tenants", new JsonObject
        {
            ["channels"] = new JsonArray(new JsonObject { ["name"] = "Conformance", ["welcome_message"] = "Welcome to Conformance!" }),
        });
        var sid = account["account_sid"]!.GetValue<string>();
        return Simulated(ProviderSpec.Essential, Basic(sid, account["auth_token"]!.GetValue<string>()),
            new() { ["channel_sid"] = account["channels"]![0]!["sid"]!.GetValue<string>(), ["account_sid"] = sid });
    }

    public async Task<ProviderTarget> SequenzyAsync(bool doubleOptIn = false)
    {
        const string env = "SEQUENZY";
        if (!ConformanceSettings.UsesSimulator(env))
        {
            return External(ProviderSpec.Sequenzy, env, new AuthenticationHeaderValue("Bearer", ConformanceSettings.Require(env, "API_KEY")), []);
        }

        var workspace = await SeedAsync("sequenzy/tenants", new JsonObject
        {
            ["doubleOptIn"] = doubleOptIn,
            ["lists"] = new JsonArray(new JsonObject { ["id"] = "list_main", ["name"] = "Main" }),
        });
        return Simulated(ProviderSpec.Sequenzy, new AuthenticationHeaderValue("Bearer", workspace["apiKey"]!.GetValue<string>()),
            new() { ["workspace_id"] = workspace["id"]!.GetValue<string>() });
    }

    public async Task<ProviderTarget> AttentiveAsync()
    {
        const string env = "ATTENTIVE";
        if (!ConformanceSettings.UsesSimulator(env))
        {
            return External(ProviderSpec.Attentive, env, new AuthenticationHeaderValue("Bearer", ConformanceSettings.Require(env, "TOKEN")),
                new() { ["sign_up_source_id"] = ConformanceSettings.Require(env, "SIGN_UP_SOURCE_ID") });
        }

        var company = await SeedAsync("attentive/tenants", new JsonObject
        {
            ["tokens"] = new JsonArray(new JsonObject
            {
                ["scopes"] = new JsonArray("subscriptions:read", "subscriptions:write", "attributes:write", "events:write", "identity:write"),
            }),
            ["signUpUnits"] = new JsonArray(new JsonObject { ["id"] = "900", ["type"] = "MARKETING", ["language"] = "en", ["country"] = "US", ["api"] = true }),
        });
        return Simulated(ProviderSpec.Attentive, new AuthenticationHeaderValue("Bearer", company["tokens"]![0]!["token"]!.GetValue<string>()),
            new() { ["company_id"] = company["companyId"]!.GetValue<string>(), ["sign_up_source_id"] = "900" });
    }

    public async Task<ProviderTarget> MobileTextAlertsAsync()
    {
        const string env = "MTA";
        if (!ConformanceSettings.UsesSimulator(env))
        {
            return External(ProviderSpec.MobileTextAlerts, env, new AuthenticationHeaderValue("Bearer", ConformanceSettings.Require(env, "API_KEY")), []);
        }

        var tenant = await SeedAsync("mta/tenants", new JsonObject());
        return Simulated(ProviderSpec.MobileTextAlerts, new AuthenticationHeaderValue("Bearer", tenant["apiKey"]!.GetValue<string>()),
            new() { ["tenant_id"] = tenant["tenantId"]!.GetValue<string>() });
    }

    internal static string EnvName(ProviderSpec provider) => provider.Id == "mta" ? "MTA" : provider.Id.ToUpperInvariant();

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static ProviderTarget External(ProviderSpec provider, string env, AuthenticationHeaderValue auth, Dictionary<string, string> settings) =>
        new(provider, new Uri(ConformanceSettings.Require(env, "BASE_URL")), auth, controls: null, settings);

    private ProviderTarget Simulated(ProviderSpec provider, AuthenticationHeaderValue auth, Dictionary<string, string> settings) =>
        new(provider, new Uri(_server!.BaseAddress, provider.Prefix.TrimStart('/')), auth, _controls, settings);

    private async Task<JsonObject> SeedAsync(string path, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _controls!.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Seeding {path} failed with {(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }
}
