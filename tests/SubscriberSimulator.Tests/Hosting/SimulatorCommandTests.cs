using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Hosting;

/// <summary>The standalone entry point, started in-process on port 0.</summary>
public sealed class SimulatorCommandTests
{
    [Fact]
    public async Task ServesUntilCancelledAndSavesStateOnShutdown()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-cli-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var output = new StringWriter();
            using var stop = new CancellationTokenSource();
            var started = new TaskCompletionSource<SimulatorServer>(TaskCreationOptions.RunContinuationsAsynchronously);
            var run = SimulatorCommand.RunAsync(["--port", "0", "--seed", "demo", "--state-file", path], output, started.SetResult, stop.Token, TestSimulator.UseNotesEngine);
            var server = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

            using (var client = new HttpClient { BaseAddress = server.BaseAddress })
            {
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", NotesEngine.DemoToken);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("notes-api/notes/hello")).StatusCode);
                await client.PutAsync("notes-api/notes/second", Http.Json("""{"text":"two"}"""));
            }

            await stop.CancelAsync();
            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));

            var text = output.ToString();
            Assert.Contains("listening on http://127.0.0.1:", text, StringComparison.Ordinal);
            Assert.Contains("token: demo-token", text, StringComparison.Ordinal);
            Assert.Contains(server.BaseAddress.ToString().TrimEnd('/') + "/notes-api", text, StringComparison.Ordinal);
            Assert.True(File.Exists(path));

            // Second start: the state is loaded and the demo seed is not applied again.
            var secondOutput = new StringWriter();
            using var stopAgain = new CancellationTokenSource();
            var restarted = new TaskCompletionSource<SimulatorServer>(TaskCreationOptions.RunContinuationsAsynchronously);
            var rerun = SimulatorCommand.RunAsync(["--port", "0", "--state-file", path], secondOutput, restarted.SetResult, stopAgain.Token, TestSimulator.UseNotesEngine);
            var second = await restarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var demo = Assert.Single(second.GetEngine<NotesEngine>().Notebooks.All());
            Assert.Equal(2, demo.Notes.Count);
            Assert.Empty(second.DemoSeed);
            Assert.Contains("State loaded from", secondOutput.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("token: demo-token", secondOutput.ToString(), StringComparison.Ordinal);
            await stopAgain.CancelAsync();
            Assert.Equal(0, await rerun.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TheBannerIsPlainTextWhenTheOutputIsNotATerminal()
    {
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<SimulatorServer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = SimulatorCommand.RunAsync(["--port", "0", "--seed", "demo"], output, started.SetResult, stop.Token, TestSimulator.UseNotesEngine);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));

        var text = output.ToString();
        Assert.Contains("Subscriber simulator listening on", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
        Assert.All(text, character => Assert.True(character < 128, $"'{character}' is not plain ASCII"));
    }

    [Fact]
    public async Task RefusesToBindBeyondLoopbackWithoutAToken()
    {
        var output = new StringWriter();
        var exit = await SimulatorCommand.RunAsync(["--port", "0", "--host", "0.0.0.0"], output, null, CancellationToken.None, TestSimulator.UseNotesEngine);
        Assert.Equal(1, exit);
        Assert.Contains("admin token", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APortInUseIsAClearErrorNotACrash()
    {
        await using var occupant = await TestSimulator.OnSocketAsync();
        var output = new StringWriter();
        var port = occupant.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var exit = await SimulatorCommand.RunAsync(["--port", port, "--seed", "none"], output, null, CancellationToken.None, TestSimulator.UseNotesEngine);
        Assert.Equal(1, exit);
        Assert.Contains("Cannot start", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsAnUnknownSeed()
    {
        var output = new StringWriter();
        var exit = await SimulatorCommand.RunAsync(["--seed", "everything"], output, null, CancellationToken.None, TestSimulator.UseNotesEngine);
        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task TheGrowthCapsComeFromTheCommandLine()
    {
        using var stop = new CancellationTokenSource();
        SimulatorOptions? applied = null;
        void Configure(SimulatorOptions options)
        {
            TestSimulator.UseNotesEngine(options);
            applied = options;
        }

        var exit = await SimulatorCommand.RunAsync(
            ["--port", "0", "--seed", "none", "--max-subscribers", "5", "--max-tenants", "3"], new StringWriter(), _ => stop.Cancel(), stop.Token, Configure);

        Assert.Equal(0, exit);
        Assert.Equal(5, applied!.MaxSubscribersPerTenant);
        Assert.Equal(3, applied.MaxTenantsPerProvider);
    }

    [Theory]
    [InlineData("--max-subscribers", "0")]
    [InlineData("--max-subscribers", "-1")]
    [InlineData("--max-subscribers", "many")]
    [InlineData("--max-tenants", "0")]
    [InlineData("--max-tenants", "many")]
    public async Task RejectsACapBelowOneOrNotANumber(string option, string value)
    {
        var exit = await SimulatorCommand.RunAsync(["--port", "0", option, value], new StringWriter(), null, CancellationToken.None, TestSimulator.UseNotesEngine);
        Assert.NotEqual(0, exit);
    }
}
