using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Reliability.Tests.Support;

/// <summary>
/// Adds WireMock-dialect stubs that fire once (a scenario moves on after the first match) and only for one
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
        var response = fault switch
        {
            ServiceUnavailable => new JsonObject { ["status"] = 503, ["jsonBody"] = new JsonObject { ["message"] = "injected" } },
            ResetAfterCommit => new JsonObject { ["fault"] = "CONNECTION_RESET_BY_PEER", ["proxyToEngine"] = true },
            EmptyResponse => new JsonObject { ["fault"] = "EMPTY_RESPONSE" },
            ResetBeforeEngine => new JsonObject { ["fault"] = "CONNECTION_RESET_BY_PEER" },
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault."),
        };
        var mapping = new JsonObject
        {
            ["priority"] = 1,
            ["scenarioName"] = "once-" + Guid.NewGuid().ToString("N"),
            ["requiredScenarioState"] = "Started",
            ["newScenarioState"] = "fired",
            ["request"] = new JsonObject
            {
                ["method"] = method,
                ["urlPath"] = urlPath,
                ["headers"] = new JsonObject { ["Authorization"] = new JsonObject { ["equalTo"] = credential.ToString() } },
            },
            ["response"] = response,
        };
        using var content = new StringContent(mapping.ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await admin.PostAsync(new Uri("__admin/mappings", UriKind.Relative), content);
        answer.EnsureSuccessStatusCode();
    }

    /// <summary>How many requests reached this path with this credential (journal), to prove a retry happened.</summary>
    public static async Task<int> CountAsync(HttpClient admin, string method, string urlPath, AuthenticationHeaderValue credential)
    {
        var pattern = new JsonObject
        {
            ["method"] = method,
            ["urlPath"] = urlPath,
            ["headers"] = new JsonObject { ["Authorization"] = new JsonObject { ["equalTo"] = credential.ToString() } },
        };
        using var content = new StringContent(pattern.ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await admin.PostAsync(new Uri("__admin/requests/count", UriKind.Relative), content);
        answer.EnsureSuccessStatusCode();
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["count"]!.GetValue<int>();
    }
}
