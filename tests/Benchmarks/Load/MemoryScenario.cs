using System.Diagnostics;
using System.Globalization;

namespace Benchmarks.Load;

/// <summary>
/// The process's resident memory under steady load (default 60 s): Essential upserts of the existing
/// pool, so the store does not grow and what remains is the host (journal at its default bound of
/// 1000, WireMock.Net's request handling). Sampled once a second. Target: flat (the last sample within
/// 15% of the one a quarter into the run) and never above 300 MB.
/// </summary>
internal static class MemoryScenario
{
    public const double LimitMegabytes = 300;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        var runner = new LoadRunner(host.Server.BaseAddress, options.Connections);
        var requests = new EssentialRequests(host, firstNewIndex: EssentialRequests.ExistingPoolSize);
        await requests.SeedPoolAsync(runner).ConfigureAwait(false);

        var samples = new List<double>();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                process.Refresh();
                lock (samples)
                {
                    samples.Add(process.WorkingSet64 / 1048576.0);
                }
            }
        });
        var run = await runner.RunAsync((_, sequence) => requests.Existing(sequence), 0, options.Seconds).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await sampler.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The sampler stops when the load does.
        }

        double[] taken;
        lock (samples)
        {
            taken = [.. samples];
        }

        var settled = taken[taken.Length / 4];
        var flat = taken[^1] <= settled * 1.15;
        var note = string.Create(CultureInfo.InvariantCulture,
            $"RSS MB: start {taken[0]:F0}, at 25% {settled:F0}, max {taken.Max():F0}, end {taken[^1]:F0} ({taken.Length} samples)");
        return
        [
            new LoadResult($"RSS under load (upserts of existing subscribers), {options.Connections} conn", run.Requests, run.Errors, run.Seconds, run.Latency, 1,
                "flat, < 300 MB", run.Errors == 0 && flat && taken.Max() < LimitMegabytes, note),
        ];
    }
}
