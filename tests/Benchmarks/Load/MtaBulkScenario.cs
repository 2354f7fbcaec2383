namespace Benchmarks.Load;

/// <summary>Mobile Text Alerts bulk requests of 1000 records over loopback. Target: 50,000 records/s.</summary>
internal static class MtaBulkScenario
{
    public const double TargetRecordsPerSecond = 50_000;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);

        // Bulk bodies are large and each takes milliseconds: a few connections saturate the cores.
        var connections = Math.Min(options.Connections, 16);
        var runner = new LoadRunner(host.Server.BaseAddress, connections);
        var requests = new MtaBulkRequests(host);
        var run = await runner.RunAsync((_, _) => requests.Next(), options.WarmupSeconds, options.Seconds).ConfigureAwait(false);
        var result = new LoadResult($"mta bulk x1000 (50% new), {connections} conn", run.Requests, run.Errors, run.Seconds, run.Latency,
            MtaBulkRequests.RecordsPerRequest, ">= 50,000 records/s", null);
        return [result with { Met = run.Errors == 0 && result.RecordsPerSecond >= TargetRecordsPerSecond }];
    }
}
