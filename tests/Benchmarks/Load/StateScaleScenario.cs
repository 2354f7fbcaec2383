using System.Diagnostics;
using System.Globalization;

namespace Benchmarks.Load;

/// <summary>
/// One Essential account filled with <see cref="LoadOptions.Count"/> subscribers (default 1,000,000):
/// the managed heap it takes and upsert latency before and after. Targets: under 600 MB, latency unchanged
/// (read here as p50 and p99 within 1.5 times the empty store's, at the same moderate concurrency).
/// </summary>
internal static class StateScaleScenario
{
    public const double TargetMegabytes = 600;
    private const int LatencyConnections = 8;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        var latencyRunner = new LoadRunner(host.Server.BaseAddress, Math.Min(LatencyConnections, options.Connections));
        var fillRunner = new LoadRunner(host.Server.BaseAddress, options.Connections);
        var requests = new EssentialRequests(host, firstNewIndex: 100_000_000);
        await requests.SeedPoolAsync(fillRunner).ConfigureAwait(false);

        var empty = await latencyRunner.RunAsync((_, sequence) => requests.Existing(sequence), options.WarmupSeconds, options.Seconds).ConfigureAwait(false);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        var fillWatch = Stopwatch.StartNew();
        var fillErrors = await fillRunner.SendCountAsync(options.Count, index => requests.Upsert(EssentialRequests.ExistingPoolSize + index)).ConfigureAwait(false);
        fillWatch.Stop();

        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var workingSet = Process.GetCurrentProcess().WorkingSet64;
        var full = await latencyRunner.RunAsync((_, sequence) => requests.Existing(sequence), options.WarmupSeconds, options.Seconds).ConfigureAwait(false);

        var megabytes = (heapAfter - heapBefore) / 1024.0 / 1024.0;
        var memoryNote = string.Create(CultureInfo.InvariantCulture,
            $"managed heap +{megabytes:F0} MB for {options.Count:N0} subscribers ({(heapAfter - heapBefore) / (double)Math.Max(1, options.Count):F0} B each); process working set {workingSet / 1024.0 / 1024.0:F0} MB");
        var unchanged = full.Latency.P50 <= empty.Latency.P50 * 1.5 && full.Latency.P99 <= empty.Latency.P99 * 1.5;
        return
        [
            new LoadResult($"upsert existing, {EssentialRequests.ExistingPoolSize:N0} in store, {LatencyConnections} conn", empty.Requests, empty.Errors, empty.Seconds, empty.Latency, 1, "(baseline)", null),
            new LoadResult($"fill: {options.Count:N0} new subscribers, {options.Connections} conn", options.Count, fillErrors, fillWatch.Elapsed.TotalSeconds, new LatencySummary(0, 0, 0, 0), 1,
                "< 600 MB", fillErrors == 0 && megabytes < TargetMegabytes, memoryNote),
            new LoadResult($"upsert existing, {options.Count + EssentialRequests.ExistingPoolSize:N0} in store, {LatencyConnections} conn", full.Requests, full.Errors, full.Seconds, full.Latency, 1,
                "p50, p99 within 1.5x baseline", full.Errors == 0 && unchanged),
        ];
    }
}
