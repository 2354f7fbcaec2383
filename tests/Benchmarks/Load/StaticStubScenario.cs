using System.Globalization;

namespace Benchmarks.Load;

/// <summary>
/// Issue 13's throughput target: stateful Essential upserts (half new) against a static WireMock.Net
/// stub answering the same POST requests in the same server configuration (a second simulator, the stub
/// added through the fluent API on its WireMockServer, answering with a body the engine wrote).
/// Target: the engine at least 0.75x the stub.
/// </summary>
/// <remarks>
/// Both simulators run in the one process, started, seeded and warmed up before anything is measured;
/// then each round measures the engine and the stub back to back, and the ratio is the median of the
/// rounds'. Measuring the engine once on a fresh process and the stub after it, as this scenario first
/// did, put the tier-up JIT of the code both share (WireMock.Net, Kestrel, the HTTP client) in the
/// engine's window only: 1,300-1,800 methods and 1-4 s of JIT in 10-45 s on the engine's side against
/// 100-500 methods and under 0.3 s on the stub's, on a busy 2-core machine.
/// </remarks>
internal static class StaticStubScenario
{
    public const double TargetRatio = 0.75;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var engine = await StaticStubSide.StartAsync(options, withStub: false).ConfigureAwait(false);
        await using var stub = await StaticStubSide.StartAsync(options, withStub: true).ConfigureAwait(false);
        await engine.WarmUpAsync(options).ConfigureAwait(false);
        await stub.WarmUpAsync(options).ConfigureAwait(false);

        var results = new List<LoadResult>();
        var ratios = new List<double>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var engineRun = await engine.MeasureAsync(options, round).ConfigureAwait(false);
            var stubRun = await stub.MeasureAsync(options, round).ConfigureAwait(false);
            var ratio = stubRun.RequestsPerSecond > 0 ? engineRun.RequestsPerSecond / stubRun.RequestsPerSecond : 0;
            ratios.Add(ratio);
            results.Add(engineRun with { Note = Invariant($"{ratio:F2}x the stub of this round; {engineRun.Note}") });
            results.Add(stubRun);
        }

        // The median round by ratio stands for the run; its engine row gives the latency figures.
        var engineRuns = results.Where((_, index) => index % 2 == 0).ToArray();
        var medianRound = Enumerable.Range(0, ratios.Count).OrderBy(index => ratios[index]).ElementAt(ratios.Count / 2);
        var median = ratios[medianRound];
        results.Add(new LoadResult(
            Invariant($"essential upsert vs static stub, {options.Connections} conn, median of {ratios.Count} rounds"),
            engineRuns.Sum(result => result.Requests),
            engineRuns.Sum(result => result.Errors),
            engineRuns.Sum(result => result.Seconds),
            engineRuns[medianRound].Latency,
            1,
            ">= 0.75x the static stub",
            engineRuns.All(result => result.Errors == 0) && median >= TargetRatio,
            Invariant($"{median:F2}x the static stub (rounds in order: {string.Join(", ", ratios.Select(ratio => ratio.ToString("F2", CultureInfo.InvariantCulture)))})")));
        return results;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
