namespace Benchmarks.Load;

/// <summary>Essential upserts over loopback, half new and half existing subscribers. Target: 20,000/s with p99 under 10 ms.</summary>
internal static class EssentialScenario
{
    public const double TargetPerSecond = 20_000;
    public const double TargetP99Milliseconds = 10;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        var runner = new LoadRunner(host.Server.BaseAddress, options.Connections);
        var requests = new EssentialRequests(host, firstNewIndex: EssentialRequests.ExistingPoolSize);
        await requests.SeedPoolAsync(runner).ConfigureAwait(false);
        var run = await runner.RunAsync((_, sequence) => requests.Mixed(sequence), options.WarmupSeconds, options.Seconds).ConfigureAwait(false);
        var result = new LoadResult($"essential upsert (50% new), {options.Connections} conn", run.Requests, run.Errors, run.Seconds, run.Latency, 1,
            ">= 20,000/s, p99 < 10 ms", null);
        return [result with { Met = run.Errors == 0 && result.RequestsPerSecond >= TargetPerSecond && run.Latency.P99 < TargetP99Milliseconds }];
    }
}
