using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Benchmarks.Load;

/// <summary>One side of <see cref="StaticStubScenario"/>: a simulator (with the static stub or without), its load runner and its requests.</summary>
internal sealed class StaticStubSide : IAsyncDisposable
{
    private readonly SimulatorHost _host;
    private readonly LoadRunner _runner;
    private readonly EssentialRequests _requests;
    private readonly bool _withStub;

    private StaticStubSide(SimulatorHost host, LoadRunner runner, EssentialRequests requests, bool withStub)
    {
        _host = host;
        _runner = runner;
        _requests = requests;
        _withStub = withStub;
    }

    public static async Task<StaticStubSide> StartAsync(LoadOptions options, bool withStub)
    {
        var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
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

        return new StaticStubSide(host, runner, requests, withStub);
    }

    /// <summary>Load with nothing measured, so both sides' code is compiled and tiered up before the first round.</summary>
    public Task WarmUpAsync(LoadOptions options) =>
        _runner.RunAsync((_, sequence) => _requests.Mixed(sequence), 0, Math.Max(options.WarmupSeconds, 1));

    public async Task<LoadResult> MeasureAsync(LoadOptions options, int round)
    {
        var run = await _runner.RunAsync((_, sequence) => _requests.Mixed(sequence), 0, options.Seconds).ConfigureAwait(false);
        var name = _withStub
            ? StaticStubScenario.Invariant($"static WireMock.Net stub, same POSTs, {options.Connections} conn, round {round}")
            : StaticStubScenario.Invariant($"essential upsert (50% new) on WireMock.Net, {options.Connections} conn, round {round}");
        return new LoadResult(name, run.Requests, run.Errors, run.Seconds, run.Latency, 1, _withStub ? "(reference)" : string.Empty, null, run.Runtime);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
