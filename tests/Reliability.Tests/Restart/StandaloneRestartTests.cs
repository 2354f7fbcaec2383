using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Reliability.Tests.Support;

namespace Reliability.Tests.Restart;

/// <summary>
/// The standalone server with <c>--state-file</c>, stopped and started again. What "state intact" promises:
/// after SIGTERM (or Ctrl+C) everything written before the stop is back. State is saved on shutdown only,
/// so after a hard kill (SIGKILL, power loss) the restart has the state of the last clean stop, never a
/// half-written file (the save goes to a temporary file and is renamed over the old one); writes since
/// the last clean stop are lost.
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

        await using (var second = await StartAsync())
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

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<StandaloneSimulator> StartAsync() =>
        StandaloneSimulator.StartAsync("--port", "0", "--seed", "none", "--state-file", StateFile);

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
