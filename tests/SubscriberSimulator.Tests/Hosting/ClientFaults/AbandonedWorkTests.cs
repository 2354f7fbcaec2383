using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Hosting.ClientFaults;

/// <summary>
/// Engine work nobody waits for any more stops: when its client goes away, and when the simulator
/// stops (which no longer waits for it). Neither is logged as an Error or with a stack trace.
/// </summary>
public sealed class AbandonedWorkTests
{
    // A bound for a failing run only: a passing one finishes in milliseconds. Kestrel, left to
    // itself, waits for requests in flight for its whole shutdown timeout.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_engine_work_and_no_error_is_logged()
    {
        var logs = new RecordedLogs();
        var engine = new WaitingEngine();
        await using var server = SimulatorServer.CreateInMemory(Options(engine, logs));
        using var client = server.CreateClient();
        using var giveUp = new CancellationTokenSource();

        var call = client.PostAsync("waiting/huge", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), giveUp.Token);
        await engine.Started.WaitAsync(Bound);
        await giveUp.CancelAsync();

        await engine.Abandoned.WaitAsync(Bound);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.DoesNotContain(logs.Entries, entry => entry.IsAlarm);
    }

    [Fact]
    public async Task Work_in_flight_when_the_simulator_stops_is_abandoned_and_the_stop_does_not_wait_for_it()
    {
        var logs = new RecordedLogs();
        var engine = new WaitingEngine();
        var server = SimulatorServer.CreateInMemory(Options(engine, logs));
        using var client = server.CreateClient();

        var call = client.PostAsync("waiting/huge", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        await engine.Started.WaitAsync(Bound);
        await server.DisposeAsync().AsTask().WaitAsync(Bound);

        Assert.True(engine.Abandoned.IsCompleted, "The engine's work was not cancelled when the simulator stopped.");
        using var answer = await call.WaitAsync(Bound);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.DoesNotContain(logs.Entries, entry => entry.IsAlarm);
    }

    private static SimulatorOptions Options(WaitingEngine engine, RecordedLogs logs)
    {
        var options = TestSimulator.Options();
        options.ConfigureServices = services => services.AddSingleton<ISimulatorEngine>(engine);
        options.ConfigureLogging = logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace).AddFilter("Microsoft", LogLevel.Warning);
        return options;
    }
}
