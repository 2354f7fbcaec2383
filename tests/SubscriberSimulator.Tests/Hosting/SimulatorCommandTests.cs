using System.Net;
using System.Net.Http;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Tests.Support;

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
            var run = SimulatorCommand.RunAsync(["--port", "0", "--seed", "demo", "--state-file", path], output, started.SetResult, stop.Token, TestEngines);
            var server = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

            using (var client = new HttpClient { BaseAddress = server.BaseAddress })
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("test/items/demo")).StatusCode);
                await client.PostAsync("test/items", Http.Json("{\"email\":\"a@example.com\"}"));
            }

            await stop.CancelAsync();
            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));

            var text = output.ToString();
            Assert.Contains("listening on http://127.0.0.1:", text, StringComparison.Ordinal);
            Assert.Contains("token: demo-token", text, StringComparison.Ordinal);
            Assert.Contains(server.BaseAddress.ToString().TrimEnd('/') + "/test", text, StringComparison.Ordinal);
            Assert.True(File.Exists(path));

            // Second start: the state is loaded and the demo seed is not applied again.
            var secondOutput = new StringWriter();
            using var stopAgain = new CancellationTokenSource();
            var restarted = new TaskCompletionSource<SimulatorServer>(TaskCreationOptions.RunContinuationsAsynchronously);
            var rerun = SimulatorCommand.RunAsync(["--port", "0", "--state-file", path], secondOutput, restarted.SetResult, stopAgain.Token, TestEngines);
            var second = await restarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var engine = second.GetEngine<TestEngine>();
            Assert.Equal(2, engine.Items.Count);
            Assert.Equal(0, engine.SeedCount);
            Assert.Contains("State loaded from", secondOutput.ToString(), StringComparison.Ordinal);
            await stopAgain.CancelAsync();
            Assert.Equal(0, await rerun.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RefusesToBindBeyondLoopbackWithoutAToken()
    {
        var output = new StringWriter();
        var exit = await SimulatorCommand.RunAsync(["--port", "0", "--host", "0.0.0.0"], output, null, CancellationToken.None, TestEngines);
        Assert.Equal(1, exit);
        Assert.Contains("admin token", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APortInUseIsAClearErrorNotACrash()
    {
        await using var occupant = await SimulatorServer.StartAsync(TestSimulator.Options());
        var output = new StringWriter();
        var port = occupant.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var exit = await SimulatorCommand.RunAsync(["--port", port, "--seed", "none"], output, null, CancellationToken.None, TestEngines);
        Assert.Equal(1, exit);
        Assert.Contains("Cannot start", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsAnUnknownSeed()
    {
        var output = new StringWriter();
        var exit = await SimulatorCommand.RunAsync(["--seed", "everything"], output, null, CancellationToken.None, TestEngines);
        Assert.NotEqual(0, exit);
    }

    private static void TestEngines(SimulatorOptions options)
    {
        options.IncludeBuiltInEngines = false;
        options.ConfigureServices = services => services.AddSimulatorEngine<TestEngine>();
    }
}
