using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Reliability.Tests.Support;

/// <summary>
/// Adds WireMock.Net stubs that fire once (a scenario moves on after the first match) and only for one
/// tenant's credential, so tests sharing a simulator do not trip over each other's faults.
/// </summary>
internal static class FaultStubs
{
    public const string ServiceUnavailable = "503";
    public const string ResetAfterCommit = "reset-after-commit";
    public const string EmptyResponse = "empty-response";
    public const string ResetBeforeEngine = "reset-before-engine";

    public static readonly string[] All = [ServiceUnavailable, ResetAfterCommit, EmptyResponse, ResetBeforeEngine];

    public static async Task AddOnceAsync(HttpClient admin, string fault, string method, string urlPath, AuthenticationHeaderValue credential)
    {
        // WireMock.Net's mapping JSON. A reset after the commit goes through /__sim/mappings: the engine
        // answers (and commits), then the fault breaks the connection.
        var (endpoint, response) = fault switch
        {
            ServiceUnavailable => ("__admin/mappings", new JsonObject
            {
                ["StatusCode"] = 503,
                ["Headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["BodyAsJson"] = new JsonObject { ["message"] = "injected" },
            }),
            ResetAfterCommit => ("__sim/mappings", Fault("CONNECTION_RESET_BY_PEER")),
            EmptyResponse => ("__admin/mappings", Fault("EMPTY_RESPONSE")),
            ResetBeforeEngine => ("__admin/mappings", Fault("CONNECTION_RESET_BY_PEER")),
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault."),
        };
        var mapping = new JsonObject
        {
            ["Priority"] = 1,
            ["Scenario"] = "once-" + Guid.NewGuid().ToString("N"),
            ["SetStateTo"] = "fired",
            ["Request"] = RequestModel(method, urlPath, credential),
            ["Response"] = response,
        };
        using var content = new StringContent(mapping.ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await admin.PostAsync(new Uri(endpoint, UriKind.Relative), content);
        answer.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// How many requests reached this path with this credential (journal; the fixture keeps credentials in
    /// it), to prove a retry happened.
    /// </summary>
    public static async Task<int> CountAsync(HttpClient admin, string method, string urlPath, AuthenticationHeaderValue credential)
    {
        using var content = new StringContent(RequestModel(method, urlPath, credential).ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await admin.PostAsync(new Uri("__admin/requests/find", UriKind.Relative), content);
        answer.EnsureSuccessStatusCode();
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsArray().Count;
    }

    private static JsonObject RequestModel(string method, string urlPath, AuthenticationHeaderValue credential) => new()
    {
        ["Methods"] = new JsonArray(method),
        ["Path"] = urlPath,
        ["Headers"] = new JsonArray(new JsonObject
        {
            ["Name"] = "Authorization",
            ["Matchers"] = new JsonArray(new JsonObject { ["Name"] = "ExactMatcher", ["Pattern"] = credential.ToString() }),
        }),
    };

    private static JsonObject Fault(string name) => new()
    {
        ["Headers"] = new JsonObject { [SubscriberSimulator.SimulatorFaults.HeaderName] = name },
    };
}
