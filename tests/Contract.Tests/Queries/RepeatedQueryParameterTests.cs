using System.Text;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;
using Contract.Tests.Fuzz;
using SubscriberSimulator;

namespace Contract.Tests.Queries;

/// <summary>
/// Every query parameter every spec declares, sent twice, gets its provider's rule (the "Decision:"
/// in each spec): Essential and Sequenzy take the first value, Attentive and Mobile Text Alerts
/// answer 400 naming the parameter. The cases come from the specs, so a new parameter is covered.
/// </summary>
public sealed class RepeatedQueryParameterTests
{
    // A value the first one is paired with: refused alone by numbers, booleans and enums, and a
    // different value for free text, so an answer from it would differ from the first value's.
    private const string SecondValue = "x";

    private static readonly Dictionary<string, bool> RefusesRepeats = new(StringComparer.Ordinal)
    {
        ["essential"] = false,
        ["sequenzy"] = false,
        ["attentive"] = true,
        ["mta"] = true,
    };

    public static TheoryData<string, string, string> Parameters()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var operation in OpenApiContract.Instance.Operations)
        {
            foreach (var parameter in operation.Parameters("query"))
            {
                data.Add(operation.Provider.Id, operation.OperationId, parameter["name"]!.GetValue<string>());
            }
        }

        return data;
    }

    [Fact]
    public void EverySpecDeclaresQueryParametersAndEveryProviderHasARule()
    {
        var providers = Parameters().Select(row => (string)row[0]).Distinct().ToList();
        Assert.Equal(RefusesRepeats.Keys.Order(), providers.Order());
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public async Task ARepeatedParameterGetsItsProvidersRule(string providerId, string operationId, string name)
    {
        var operation = OpenApiContract.Instance.Operation(providerId, operationId);
        await using var simulator = await SeededSimulator.StartAsync(providerId);
        var (status, text) = await simulator.SendAsync(simulator.Tenant, operation, name, [simulator.FirstValue(simulator.Tenant, operation, name), SecondValue]);

        if (RefusesRepeats[providerId])
        {
            Assert.Equal(400, status);
            Assert.Null(simulator.Profile.CheckErrorBody(status, JsonNode.Parse(text)));
            Assert.Contains($"The query parameter '{name}' was sent more than once", text, StringComparison.Ordinal);
        }
        else
        {
            // The same request with the first value alone, on a tenant seeded the same way, answers the same.
            var (alone, aloneText) = await simulator.SendAsync(simulator.Control, operation, name, [simulator.FirstValue(simulator.Control, operation, name)]);
            Assert.Equal(alone, status);
            Assert.DoesNotContain("more than once", text, StringComparison.Ordinal);
            if (alone >= 400)
            {
                Assert.Equal(aloneText, text);
            }
        }
    }

    [Fact]
    public async Task EssentialTakesTheFirstPageNotTheLast()
    {
        await using var simulator = await SeededSimulator.StartAsync("essential");
        var operation = OpenApiContract.Instance.Operation("essential", "listChannels");

        Assert.Equal(200, (await simulator.SendAsync(simulator.Tenant, operation, "page", ["1", SecondValue])).Status);
        var (status, text) = await simulator.SendAsync(simulator.Tenant, operation, "page", [SecondValue, "1"]);
        Assert.Equal(400, status);
        Assert.Contains("page", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SequenzyTakesTheFirstLimitNotTheLast()
    {
        await using var simulator = await SeededSimulator.StartAsync("sequenzy");
        var operation = OpenApiContract.Instance.Operation("sequenzy", "listSubscribers");

        var (status, text) = await simulator.SendAsync(simulator.Tenant, operation, "limit", ["1", "50"]);

        Assert.Equal(200, status);
        Assert.Single(JsonNode.Parse(text)!["subscribers"]!.AsArray());
    }

    [Fact]
    public async Task AttentiveIgnoresARepeatedParameterItDoesNotRead()
    {
        await using var simulator = await SeededSimulator.StartAsync("attentive");
        var operation = OpenApiContract.Instance.Operation("attentive", "getSubscriptions");

        var (status, text) = await simulator.SendAsync(simulator.Tenant, operation, "utm_source", ["a", "b"], ("phone", simulator.Tenant.Values["phone"]));

        Assert.Equal(200, status);
        Assert.DoesNotContain("more than once", text, StringComparison.Ordinal);
    }

    /// <summary>One provider on a fresh in-memory simulator, with two tenants seeded the same way.</summary>
    private sealed class SeededSimulator : IAsyncDisposable
    {
        private readonly SimulatorServer _server;
        private readonly HttpClient _client;
        private readonly SchemaValueGenerator _generator;
        private readonly Dictionary<string, string> _bodies = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _generated = new(StringComparer.Ordinal);

        private SeededSimulator(SimulatorServer server, HttpClient client, FuzzProfile profile, SchemaValueGenerator generator)
        {
            _server = server;
            _client = client;
            Profile = profile;
            _generator = generator;
        }

        public FuzzProfile Profile { get; }

        public FuzzTenant Tenant { get; private set; } = null!;

        /// <summary>Seeded like <see cref="Tenant"/>: answers a request as that tenant would have before it.</summary>
        public FuzzTenant Control { get; private set; } = null!;

        public static async Task<SeededSimulator> StartAsync(string providerId)
        {
            var options = new SimulatorOptions();
            options.RateLimits.Enabled = false;
            var server = SimulatorServer.CreateInMemory(options);
            var client = new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress };
            using var controls = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri(server.BaseAddress, "__sim/") };
            var profile = FuzzProfile.For(providerId);
            var generator = new SchemaValueGenerator(OpenApiContract.Instance.Document(providerId), new Random(15));
            var simulator = new SeededSimulator(server, client, profile, generator);
            simulator.Tenant = await profile.SeedAsync(controls, client, generator);
            simulator.Control = await profile.SeedAsync(controls, client, generator);
            return simulator;
        }

        /// <summary>
        /// The tenant's own value of a parameter the seed knows (a channel, an externalId), else one
        /// generated from its schema (the same for every tenant).
        /// </summary>
        public string FirstValue(FuzzTenant tenant, ContractOperation operation, string name)
        {
            if (tenant.Values.TryGetValue(name, out var known))
            {
                return known;
            }

            var key = operation.OperationId + "?" + name;
            if (!_generated.TryGetValue(key, out var generated))
            {
                var parameter = operation.Parameters("query").First(p => p["name"]!.GetValue<string>() == name);
                generated = _generated[key] = parameter["schema"]?["enum"] is JsonArray { Count: > 0 } values
                    ? values[0]!.ToString()
                    : Scalar(_generator.Generate(parameter["schema"], name));
            }

            return generated;
        }

        /// <summary>
        /// The operation with <paramref name="name"/> given each of <paramref name="values"/> in turn,
        /// <paramref name="others"/>, its other required query parameters once, known path values,
        /// and a valid body if it takes one.
        /// </summary>
        public async Task<(int Status, string Text)> SendAsync(
            FuzzTenant tenant, ContractOperation operation, string name, string[] values, params (string Name, string Value)[] others)
        {
            var path = operation.PathTemplate;
            foreach (var parameter in operation.Parameters("path"))
            {
                var pathName = parameter["name"]!.GetValue<string>();
                path = path.Replace("{" + pathName + "}", Uri.EscapeDataString(tenant.Values.GetValueOrDefault(pathName, "x")), StringComparison.Ordinal);
            }

            var query = values.Select(value => $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}")
                .Concat(others.Select(other => $"{Uri.EscapeDataString(other.Name)}={Uri.EscapeDataString(other.Value)}"))
                .ToList();
            foreach (var parameter in operation.Parameters("query"))
            {
                var other = parameter["name"]!.GetValue<string>();
                if (other != name && parameter["required"] is JsonValue required && required.GetValue<bool>())
                {
                    query.Add($"{Uri.EscapeDataString(other)}={Uri.EscapeDataString(FirstValue(tenant, operation, other))}");
                }
            }

            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), Profile.Provider.Prefix.TrimStart('/') + path + "?" + string.Join('&', query));
            request.Headers.Authorization = tenant.Authorization;
            if (operation.RequestSchema is not null)
            {
                request.Content = new StringContent(ValidBody(operation), Encoding.UTF8, "application/json");
            }

            using var response = await _client.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await _server.DisposeAsync();
        }

        private static string Scalar(JsonNode? node) => node switch
        {
            JsonArray array => string.Join(',', array.Select(Scalar)),
            JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
            null => string.Empty,
            _ => node.ToString(),
        };

        // The spec is the oracle: a generated body it refuses is not sent. One body per operation, so
        // the tenant and its control get the same one.
        private string ValidBody(ContractOperation operation)
        {
            if (_bodies.TryGetValue(operation.OperationId, out var known))
            {
                return known;
            }

            _generator.NamedValues = Tenant.Values;
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var json = (_generator.Generate(operation.RequestSchema) ?? new JsonObject()).ToJsonString();
                if (OpenApiContract.Instance.ValidateRequest(operation, json).Count == 0)
                {
                    return _bodies[operation.OperationId] = json;
                }
            }

            throw new InvalidOperationException($"No valid body for {operation.DisplayName} in 50 attempts.");
        }
    }
}
