using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Reliability.Tests.Support;
using SubscriberSdk.TestSupport.Processes;

namespace Reliability.Tests.Restart;

/// <summary>
/// The standalone server with <c>--state-file</c>, stopped and started again. What "state intact" promises:
/// after SIGTERM (or Ctrl+C) everything written before the stop is back. While the state changes it is
/// also saved every <c>--state-save-interval</c> (1 s), so a hard kill (SIGKILL, power loss) loses at most
/// that window; with the interval 0 the state is saved on shutdown only and a hard kill brings back the
/// last clean stop. Never a half-written file: a save goes to a temporary file renamed over the old one.
/// </summary>
public sealed class StandaloneRestartTests : IDisposable
{
    private const string Account = "acct-restart";
    private const string Token = "token-restart";
    private const string Channel = "ch-restart";
    private readonly string _folder = Directory.CreateTempSubdirectory("simulator-restart-").FullName;

    private string StateFile => Path.Combine(_folder, "state.json");

    private static AuthenticationHeaderValue Credential => new("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(Account + ":" + Token)));

    [Fact]
    public async Task StateWrittenBeforeSigtermIsThereAfterRestart()
    {
        string sid;
        await using (var first = await StartAsync())
        {
            using var client = first.CreateClient();
            await SeedAccountAsync(client);
            sid = await UpsertAsync(client, "2129870701", "gold");
            await AddStubAsync(client);
            Assert.Equal(0, await first.TerminateAsync());
        }

        Assert.True(File.Exists(StateFile));
        await using var second = await StartAsync();
        using var restarted = second.CreateClient();

        var subscriber = await RawCall.SendAsync(restarted, HttpMethod.Get, $"essential/v2/account/subscribers/{sid}", Credential);
        Assert.Equal(HttpStatusCode.OK, subscriber.Status);
        Assert.Equal("gold", subscriber.Body.GetProperty("properties").GetProperty("plan").GetString());
        var again = await RawCall.SendAsync(restarted, HttpMethod.Post, $"essential/v2/account/channels/{Channel}/subscribers/upsert", Credential, "{\"phone_number\":\"2129870701\"}");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        var outbox = await RawCall.SendAsync(restarted, HttpMethod.Get, $"__sim/outbox?provider=essential&tenant={Account}", null);
        Assert.Equal(1, outbox.Body.GetProperty("meta").GetProperty("total").GetInt32());
        var mappings = await RawCall.SendAsync(restarted, HttpMethod.Get, "__admin/mappings", null);
        // The user's stub came back beside the provider routes' own mappings (those have titles).
        Assert.Equal(1, mappings.Body.EnumerateArray().Count(mapping => !(mapping.TryGetProperty("Title", out var title) && title.ValueKind == System.Text.Json.JsonValueKind.String)));
    }

    [Fact]
    public async Task AfterAHardKillTheLastCleanStateComesBack()
    {
        await using (var first = await StartAsync())
        {
            using var client = first.CreateClient();
            await SeedAccountAsync(client);
            await UpsertAsync(client, "2129870702", "saved");
            Assert.Equal(0, await first.TerminateAsync());
        }

        await using (var second = await StartAsync("--state-save-interval", "0"))
        {
            using var client = second.CreateClient();
            await UpsertAsync(client, "2129870703", "lost");
            await second.KillAsync();
        }

        await using var third = await StartAsync();
        using var restarted = third.CreateClient();
        var list = await RawCall.SendAsync(restarted, HttpMethod.Get, "essential/v2/account/subscribers", Credential);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var text = list.Body.GetRawText();
        Assert.Contains("2129870702", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2129870703", text, StringComparison.Ordinal);
        Assert.False(File.Exists(StateFile + ".tmp"));
    }

    [Fact]
    public async Task AfterAHardKillWhatThePeriodicSaveWroteComesBack()
    {
        await using (var first = await StartAsync("--state-save-interval", "0.2"))
        {
            using var client = first.CreateClient();
            await SeedAccountAsync(client);
            using var saved = StateFileContaining("2129870704");
            await UpsertAsync(client, "2129870704", "periodic");
            await saved.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.KillAsync();
        }

        await using var second = await StartAsync();
        using var restarted = second.CreateClient();
        var list = await RawCall.SendAsync(restarted, HttpMethod.Get, "essential/v2/account/subscribers", Credential);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("2129870704", list.Body.GetRawText(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<StandaloneSimulator> StartAsync(params string[] extra) =>
        StandaloneSimulator.StartAsync(["--port", "0", "--seed", "none", "--state-file", StateFile, .. extra]);

    /// <summary>Completes once the state file (renamed into place by a save) contains the text.</summary>
    private SavedFileWaiter StateFileContaining(string text) => new(_folder, Path.GetFileName(StateFile), text);

    private static async Task SeedAccountAsync(HttpClient client)
    {
        var created = await RawCall.SendAsync(client, HttpMethod.Post, "__sim/essential/tenants", null,
            $"{{\"account_sid\":\"{Account}\",\"auth_token\":\"{Token}\",\"channels\":[{{\"sid\":\"{Channel}\",\"name\":\"Main\"}}]}}");
        Assert.True((int)created.Status is 200 or 201, $"creating the account answered {created.Status}");
    }

    private static async Task<string> UpsertAsync(HttpClient client, string phone, string plan)
    {
        var answer = await RawCall.SendAsync(client, HttpMethod.Post, $"essential/v2/account/channels/{Channel}/subscribers/upsert", Credential,
            $"{{\"phone_number\":\"{phone}\",\"properties\":{{\"plan\":\"{plan}\"}}}}");
        Assert.Equal(HttpStatusCode.Created, answer.Status);
        return answer.Body.GetProperty("sid").GetString()!;
    }

    private static async Task AddStubAsync(HttpClient client)
    {
        var added = await RawCall.SendAsync(client, HttpMethod.Post, "__admin/mappings", null,
            "{\"Request\":{\"Methods\":[\"GET\"],\"Path\":\"/essential/v2/stubbed\"},\"Response\":{\"StatusCode\":200,\"BodyAsJson\":{\"ok\":true}}}");
        Assert.Equal(HttpStatusCode.Created, added.Status);
    }
}
