using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SubscriberSimulator;

namespace SubscriberSdk.Tests.Integration;

/// <summary>WireMock.Net mappings the SDK's tests put in front of the simulator's engines.</summary>
internal static class SimulatorMappings
{
    /// <summary>The response that breaks the connection instead of answering.</summary>
    public static JsonObject ResetConnection() => new()
    {
        ["Headers"] = new JsonObject { [SimulatorFaults.HeaderName] = SimulatorFaults.Name(SimulatorFault.ConnectionResetByPeer) },
    };

    /// <summary>A JSON error answer: status and body.</summary>
    public static JsonObject JsonError(int status, JsonObject body) => new()
    {
        ["StatusCode"] = status,
        ["Headers"] = new JsonObject { ["Content-Type"] = "application/json" },
        ["BodyAsJson"] = body,
    };

    /// <summary>Answers <paramref name="method"/> requests whose path matches <paramref name="pathPattern"/> (a regex) with <paramref name="response"/>.</summary>
    public static Task OnPathAsync(SimulatorServer server, string method, string pathPattern, JsonObject response) =>
        AddAsync(server, "__admin/mappings", new JsonObject
        {
            ["Request"] = new JsonObject
            {
                ["Methods"] = new JsonArray(method),
                ["Path"] = new JsonObject { ["Matchers"] = new JsonArray(new JsonObject { ["Name"] = "RegexMatcher", ["Pattern"] = "^" + pathPattern + "$" }) },
            },
            ["Response"] = response,
        });

    /// <summary>
    /// Answers the first POST to <paramref name="path"/> whose body contains <paramref name="marker"/>, once
    /// (a WireMock.Net scenario), with <paramref name="response"/>; through <c>/__sim/mappings</c> when
    /// <paramref name="afterTheEngine"/>, so the engine answers first and the response only adds its fault.
    /// </summary>
    public static Task OnceForBodyAsync(SimulatorServer server, string name, string path, string marker, JsonObject response, bool afterTheEngine = false) =>
        AddAsync(server, afterTheEngine ? "__sim/mappings" : "__admin/mappings", new JsonObject
        {
            ["Scenario"] = name,
            ["SetStateTo"] = "used",
            ["Priority"] = 1,
            ["Request"] = new JsonObject
            {
                ["Methods"] = new JsonArray("POST"),
                ["Path"] = path,
                ["Body"] = new JsonObject { ["Matcher"] = new JsonObject { ["Name"] = "RegexMatcher", ["Pattern"] = Regex.Escape(marker) } },
            },
            ["Response"] = response,
        });

    public static async Task AddAsync(SimulatorServer server, string endpoint, JsonObject mapping)
    {
        using var admin = server.CreateClient();
        using var answer = await admin.PostAsJsonAsync(endpoint, mapping);
        answer.EnsureSuccessStatusCode();
    }
}
