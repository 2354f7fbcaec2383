using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Benchmarks.Load;

/// <summary>
/// Issue 13's throughput target: stateful Essential upserts (half new) against a static WireMock.Net
/// stub answering the same POST requests in the same server configuration (a fresh simulator, the stub
/// added through the fluent API on its WireMockServer, answering with a body the engine wrote).
/// Target: the engine at least 0.75x the stub.
/// </summary>
internal static class StaticStubScenario
{
    public const double TargetRatio = 0.75;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        var engine = await RunAsync(options, withStub: false).ConfigureAwait(false);
        var stub = await RunAsync(options, withStub: true).ConfigureAwait(false);
        var ratio = stub.RequestsPerSecond > 0 ? engine.RequestsPerSecond / stub.RequestsPerSecond : 0;
        return
        [
            engine with
            {
                Target = ">= 0.75x the static stub",
                Met = engine.Errors == 0 && ratio >= TargetRatio,
                Note = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ratio:F2}x the static stub"),
            },
            stub,
        ];
    }

    private static async Task<LoadResult> RunAsync(LoadOptions options, bool withStub)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        var runner = new LoadRunner(host.Server.BaseAddress, options.Connections);
        var requests = new EssentialRequests(host, firstNewIndex: EssentialRequests.ExistingPoolSize);
        await requests.SeedPoolAsync(runner).ConfigureAwait(false);
        if (withStub)
        {
            // The answer an upsert of an existing subscriber gets from the engine, served as is.
            using var sample = requests.Existing(1);
            using var answer = await runner.Client.SendAsync(sample).ConfigureAwait(false);
            var body = await answer.Content.ReadAsStringAsync().ConfigureAwait(false);
            host.Server.WireMock
                .Given(Request.Create().WithPath("/" + host.EssentialUpsertPath).UsingPost())
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body));
        }

        var run = await runner.RunAsync((_, sequence) => requests.Mixed(sequence), options.WarmupSeconds, options.Seconds).ConfigureAwait(false);
        var name = withStub
            ? $"static WireMock.Net stub, same POSTs, {options.Connections} conn"
            : $"essential upsert (50% new) on WireMock.Net, {options.Connections} conn";
        return new LoadResult(name, run.Requests, run.Errors, run.Seconds, run.Latency, 1, withStub ? "(reference)" : string.Empty, null);
    }
}
