using System.Diagnostics;
using SubscriberSdk;
using SubscriberSdk.Bulk;
using SubscriberSdk.MobileTextAlerts;

namespace Benchmarks.Load;

/// <summary>
/// The SDK's bulk engine end to end (normalise, de-duplicate, chunk, send, results) against the simulator
/// over loopback, client pacing and server rate limits off. Target: 50,000 records/s.
/// </summary>
internal static class BulkEngineScenario
{
    public const double TargetRecordsPerSecond = 50_000;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        using var client = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            ApiKey = host.MtaApiKey,
            BaseAddress = new Uri(host.Server.BaseAddress, "mta"),
            Pacing = PacingOptions.Disabled(),
        });

        var records = Enumerable.Range(0, options.Count).Select(index => new MobileTextAlertsSubscriberRequest
        {
            PhoneNumber = SyntheticPhones.E164(40_000_000 + index),
            FirstName = "Bulk",
        });
        // Chunk completion times show whether the cost per chunk grows as the run (and the store) grows.
        var completions = new System.Collections.Concurrent.ConcurrentQueue<long>();
        var bulkOptions = new BulkOptions
        {
            MaxConcurrency = Math.Clamp(options.Connections, 1, 16),
            ChunkCompleted = (_, _) =>
            {
                completions.Enqueue(Stopwatch.GetTimestamp());
                return ValueTask.CompletedTask;
            },
        };

        var stopwatch = Stopwatch.StartNew();
        var result = await client.BulkCreateAsync(records, bulkOptions).ConfigureAwait(false);
        stopwatch.Stop();

        var chunks = result.Chunks.Count;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var row = new LoadResult($"bulk engine, mta, {options.Count:N0} records, concurrency {bulkOptions.MaxConcurrency}", chunks, result.Failed + result.NotProcessed, seconds,
            new LatencySummary(0, 0, 0, 0), BulkOptions.MaxChunkSize, ">= 50,000 records/s", null,
            $"created-or-updated {result.CreatedOrUpdated:N0}, failed {result.Failed:N0}; {ChunkPace(completions.ToArray())}");
        return [row with { Met = result.IsComplete && options.Count / seconds >= TargetRecordsPerSecond }];
    }

    private static string ChunkPace(long[] completions)
    {
        if (completions.Length < 20)
        {
            return $"{completions.Length} chunks";
        }

        static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
        var early = Milliseconds(completions[0], completions[10]) / 10;
        var late = Milliseconds(completions[^11], completions[^1]) / 10;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ms per chunk: {early:F0} early, {late:F0} late");
    }
}
