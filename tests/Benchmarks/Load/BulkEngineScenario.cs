using System.Diagnostics;
using SubscriberSdk;
using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.TestSupport.Processes;

namespace Benchmarks.Load;

/// <summary>
/// The SDK's bulk engine end to end (normalise, de-duplicate, chunk, send, results) against the simulator
/// over loopback, client pacing and server rate limits off. Target: 50,000 records/s.
/// </summary>
internal static class BulkEngineScenario
{
    public const double TargetRecordsPerSecond = 50_000;

    // The API key of the demo Mobile Text Alerts tenant the standalone tool seeds (its banner and the README print it).
    private const string MtaDemoApiKey = "mta_demo_key";

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        if (options.SimulatorInOwnProcess)
        {
            // Room for the run's records and the "simulator alone" pass's as many again.
            var maxSubscribers = (2 * options.Count + 1_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using var tool = await StandaloneSimulator.StartAsync("--port", "0", "--no-rate-limits", "--max-subscribers", maxSubscribers).ConfigureAwait(false);
            return await RunAsync(options, tool.BaseAddress, MtaDemoApiKey, "simulator in its own process", () => tool.ProcessorTime).ConfigureAwait(false);
        }

        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        return await RunAsync(options, host.Server.BaseAddress, host.MtaApiKey, "simulator in this process", simulatorCpu: null).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options, Uri simulator, string mtaApiKey, string where, Func<TimeSpan>? simulatorCpu)
    {
        using var client = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            ApiKey = mtaApiKey,
            BaseAddress = new Uri(simulator, "mta"),
            Pacing = PacingOptions.Disabled(),
        });

        var records = Records(options.Count, 40_000_000);
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

        var cpu = new CpuSplit(simulatorCpu);
        var started = Stopwatch.GetTimestamp();
        var prepared = new FirstReport();
        var stopwatch = Stopwatch.StartNew();
        var result = await client.BulkCreateAsync(records, bulkOptions, prepared).ConfigureAwait(false);
        stopwatch.Stop();
        var cpuUsed = cpu.Since();

        var chunks = result.Chunks.Count;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var engineChunkMs = seconds * 1000 * bulkOptions.MaxConcurrency / Math.Max(1, chunks);
        var row = new LoadResult($"bulk engine, mta, {options.Count:N0} records, concurrency {bulkOptions.MaxConcurrency}, {where}", chunks, result.Failed + result.NotProcessed, seconds,
            new LatencySummary(0, 0, 0, 0), BulkOptions.MaxChunkSize, ">= 50,000 records/s", null,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"created-or-updated {result.CreatedOrUpdated:N0}, failed {result.Failed:N0}; {ChunkPace(completions.ToArray())}; {engineChunkMs:F1} ms per chunk in flight; {Prepared(started, prepared)}; {FirstChunk(started, completions)}; {cpuUsed}"));
        var simulatorAlone = await SimulatorAloneAsync(simulator, mtaApiKey, chunks, bulkOptions.MaxConcurrency, engineChunkMs, simulatorCpu).ConfigureAwait(false);
        var engineAlone = await EngineAloneAsync(options.Count, bulkOptions.MaxConcurrency).ConfigureAwait(false);
        return [row with { Met = result.IsComplete && options.Count / seconds >= TargetRecordsPerSecond }, simulatorAlone, engineAlone];
    }

    /// <summary>
    /// The simulator's share of a chunk: the same number of chunks of the same shape (the bytes the SDK sends for
    /// these records, new numbers), serialized before the clock starts and sent with the same concurrency over
    /// the same loopback, so only the HTTP exchange and the simulator's work are timed.
    /// </summary>
    private static async Task<LoadResult> SimulatorAloneAsync(Uri simulator, string mtaApiKey, int chunks, int concurrency, double engineChunkMs, Func<TimeSpan>? simulatorCpu)
    {
        var bodies = Enumerable.Range(0, chunks).Select(chunk => ChunkBody(60_000_000L + (long)chunk * BulkOptions.MaxChunkSize)).ToArray();
        var runner = new LoadRunner(simulator, concurrency);
        var cpu = new CpuSplit(simulatorCpu);
        var stopwatch = Stopwatch.StartNew();
        var errors = await runner.SendCountAsync(chunks, index =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "mta/v3/subscribers/bulk") { Content = new ByteArrayContent(bodies[index]) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + mtaApiKey);
            return request;
        }).ConfigureAwait(false);
        stopwatch.Stop();

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var chunkMs = seconds * 1000 * concurrency / Math.Max(1, chunks);
        return new LoadResult($"simulator alone: the same {chunks:N0} chunks pre-serialized, concurrency {concurrency}", chunks, errors, seconds,
            new LatencySummary(0, 0, 0, 0), BulkOptions.MaxChunkSize, "(the engine's ceiling here)", null,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{chunkMs:F1} ms per chunk in flight = {chunkMs / engineChunkMs:P0} of the engine's {engineChunkMs:F1} ms; {cpu.Since()}"));
    }

    /// <summary>
    /// The engine's own share: the same number of records (new numbers) through the same engine and the SDK's
    /// Mobile Text Alerts normalisation, to a sender that accepts each chunk at once, so nothing goes over HTTP.
    /// </summary>
    private static async Task<LoadResult> EngineAloneAsync(int count, int concurrency)
    {
        var runner = new BulkRunner<MobileTextAlertsSubscriberRequest>(new Bulk.NullChunkSender(), new BulkOptions { MaxConcurrency = concurrency }, null);
        var stopwatch = Stopwatch.StartNew();
        var result = await runner.RunAsync(Records(count, 80_000_000), CancellationToken.None).ConfigureAwait(false);
        stopwatch.Stop();
        return new LoadResult($"engine alone: {count:N0} records to a sender that accepts every chunk at once", result.Chunks.Count, result.Failed + result.NotProcessed,
            stopwatch.Elapsed.TotalSeconds, new LatencySummary(0, 0, 0, 0), BulkOptions.MaxChunkSize, "(the client's ceiling here)", null, "no HTTP: normalise, de-duplicate, chunk, hash, results");
    }

    private static IEnumerable<MobileTextAlertsSubscriberRequest> Records(int count, long firstIndex) =>
        Enumerable.Range(0, count).Select(index => new MobileTextAlertsSubscriberRequest
        {
            PhoneNumber = SyntheticPhones.E164(firstIndex + index),
            FirstName = "Bulk",
        });

    private static byte[] ChunkBody(long firstIndex)
    {
        var body = new System.Text.StringBuilder(BulkOptions.MaxChunkSize * 48).Append('[');
        for (var i = 0; i < BulkOptions.MaxChunkSize; i++)
        {
            body.Append(i == 0 ? "" : ",").Append("{\"e164Number\":\"").Append(SyntheticPhones.E164(firstIndex + i)).Append("\",\"firstName\":\"Bulk\"}");
        }

        return System.Text.Encoding.UTF8.GetBytes(body.Append(']').ToString());
    }

    // The engine prepares the whole input (normalise, de-duplicate, fingerprint) before it sends a chunk, so the
    // first completion shows how long that serial phase took.
    private static string FirstChunk(long started, System.Collections.Concurrent.ConcurrentQueue<long> completions) =>
        completions.TryPeek(out var first)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"first chunk done after {(first - started) / (double)Stopwatch.Frequency:F1} s (input preparation + one chunk)")
            : "no chunk finished";

    // The engine reports progress first when the input is prepared and before any chunk is sent.
    private static string Prepared(long started, FirstReport prepared) =>
        prepared.At is { } at
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"input prepared after {(at - started) / (double)Stopwatch.Frequency:F2} s")
            : "no progress reported";

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
