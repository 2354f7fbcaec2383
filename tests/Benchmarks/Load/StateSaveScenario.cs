using System.Globalization;
using SubscriberSimulator;

namespace Benchmarks.Load;

/// <summary>
/// Issue 15, item 3: what the periodic state save costs the Essential upsert load (half new
/// subscribers, as in <see cref="EssentialScenario"/>). Three simulators in this process: no state
/// file, a state file at the default save interval, and one at 100 ms to show the trend. With the
/// store grown to 10,000 and then 100,000 subscribers (each save writes the whole state), every round
/// loads each simulator for <see cref="LoadOptions.Seconds"/> in turn, the order rotating from round
/// to round; the cost is the median of the rounds' ratios to the simulator without a file. Also: the
/// time of one save and the file's size at each store size, and, after the last round, that the file
/// the periodic saver left on disk holds every subscriber the load was answered for. No target: the
/// issue asks for the figures.
/// </summary>
/// <remarks>
/// The machine is shared, so the comparison is only ever made within a round. After a round on a
/// simulator with a file, the next one starts only when its saver has written the last changes and
/// gone quiet, so no save runs into another simulator's window.
/// </remarks>
internal static class StateSaveScenario
{
    private static readonly long[] StoreSizes = [10_000, 100_000];
    private static readonly TimeSpan ShortInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan QuietLimit = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var off = await StateSaveSide.StartAsync(null, options.Connections).ConfigureAwait(false);
        await using var standard = await StateSaveSide.StartAsync(new SimulatorOptions().StateSaveInterval, options.Connections).ConfigureAwait(false);
        await using var fast = await StateSaveSide.StartAsync(ShortInterval, options.Connections).ConfigureAwait(false);
        StateSaveSide[] sides = [off, standard, fast];
        foreach (var side in sides)
        {
            // Compiles and tiers up the code every side shares before anything is measured.
            var startedAt = DateTime.UtcNow;
            await side.LoadAsync(Math.Max(options.WarmupSeconds, 1)).ConfigureAwait(false);
            await SettleAsync(side, startedAt).ConfigureAwait(false);
        }

        var results = new List<LoadResult>();
        foreach (var size in StoreSizes)
        {
            results.AddRange(await MeasureSizeAsync(options, sides, size).ConfigureAwait(false));
        }

        results.AddRange(sides.Where(side => side.SaveInterval is not null).Select(Verify));
        return results;
    }

    private static async Task<IEnumerable<LoadResult>> MeasureSizeAsync(LoadOptions options, StateSaveSide[] sides, long size)
    {
        foreach (var side in sides)
        {
            var startedAt = DateTime.UtcNow;
            await side.GrowToAsync(size).ConfigureAwait(false);
            await SettleAsync(side, startedAt).ConfigureAwait(false);
        }

        var save = TimeOneSave(sides[1]);
        var rows = new List<LoadResult>();
        var runs = new Dictionary<StateSaveSide, List<LoadResult>>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            for (var turn = 0; turn < sides.Length; turn++)
            {
                var side = sides[(turn + round - 1) % sides.Length];
                var before = side.StoreSize;
                var startedAt = DateTime.UtcNow;
                var run = await side.LoadAsync(options.Seconds).ConfigureAwait(false);
                var settled = await SettleAsync(side, startedAt).ConfigureAwait(false);
                var row = new LoadResult(
                    Invariant($"{size:N0} seeded, {side.Label}, {options.Connections} conn, round {round}"),
                    run.Requests, run.Errors, run.Seconds, run.Latency, 1, string.Empty, null,
                    Invariant($"store {before:N0} -> {side.StoreSize:N0}{(settled ? string.Empty : "; the saver did not go quiet within 60 s")}"));
                rows.Add(row);
                (runs.TryGetValue(side, out var list) ? list : runs[side] = []).Add(row);
            }
        }

        foreach (var side in sides.Where(side => side.SaveInterval is not null))
        {
            rows.Add(Summary(size, side, runs[side], runs[sides[0]], save));
        }

        return rows;
    }

    /// <summary>Median of the rounds' throughput ratios against the simulator without a file; the median round's latency.</summary>
    private static LoadResult Summary(long size, StateSaveSide side, List<LoadResult> withFile, List<LoadResult> withoutFile, (double Milliseconds, double Megabytes, string Split) save)
    {
        var ratios = withFile.Zip(withoutFile, (on, off) => off.RequestsPerSecond > 0 ? on.RequestsPerSecond / off.RequestsPerSecond : 0).ToArray();
        var medianRound = Enumerable.Range(0, ratios.Length).OrderBy(index => ratios[index]).ElementAt(ratios.Length / 2);
        var p99Ratios = withFile.Zip(withoutFile, (on, off) => off.Latency.P99 > 0 ? on.Latency.P99 / off.Latency.P99 : 0).Order().ToArray();
        return new LoadResult(
            Invariant($"{size:N0} seeded, {side.Label} vs none, median of {ratios.Length} rounds"),
            withFile.Sum(row => row.Requests), withFile.Sum(row => row.Errors), withFile.Sum(row => row.Seconds), withFile[medianRound].Latency, 1,
            "(measure)", null,
            Invariant($"{ratios[medianRound]:F2}x the requests/s without a file (rounds: {string.Join(", ", ratios.Select(ratio => ratio.ToString("F2", CultureInfo.InvariantCulture)))}); ") +
            Invariant($"p99 {p99Ratios[p99Ratios.Length / 2]:F2}x (median); one save at the seeded size {save.Milliseconds:F0} ms ({save.Split}), file {save.Megabytes:F1} MB"));
    }

    /// <summary>Median of three saves of the idle simulator, the file's size, and the median split of the sections' export.</summary>
    private static (double Milliseconds, double Megabytes, string Split) TimeOneSave(StateSaveSide side)
    {
        var saves = Enumerable.Range(0, 3).Select(_ => side.SaveOnce()).OrderBy(save => save.Elapsed).ToArray();
        var sections = Enumerable.Range(0, 3).Select(_ => side.TimeSections()).ToArray();
        var essential = sections.Select(section => section.Essential.TotalMilliseconds).Order().ElementAt(1);
        var outbox = sections.Select(section => section.Outbox.TotalMilliseconds).Order().ElementAt(1);
        return (saves[1].Elapsed.TotalMilliseconds, saves[1].Bytes / 1024.0 / 1024.0,
            Invariant($"of which exporting the Essential section {essential:F0} ms, the outbox ({sections[0].Messages:N0} messages) {outbox:F0} ms"));
    }

    /// <summary>
    /// The state file after the last round, as the periodic saver left it (no save at stop yet):
    /// every number the side was answered for must be in it.
    /// </summary>
    private static LoadResult Verify(StateSaveSide side)
    {
        var missing = side.MissingFromStateFile();
        var held = side.Errors == 0 && missing.Count == 0;
        var note = side.Errors > 0
            ? Invariant($"{side.Errors:N0} requests failed, so not every number sent was acknowledged; {missing.Count:N0} of {side.StoreSize:N0} absent")
            : Invariant($"{side.StoreSize - missing.Count:N0} of {side.StoreSize:N0} acknowledged subscribers in the file{(missing.Count > 0 ? ", missing e.g. " + string.Join(", ", missing.Take(3)) : string.Empty)}");
        return new LoadResult(Invariant($"state file after the load, {side.Label}"), side.StoreSize, side.Errors, 0, new LatencySummary(0, 0, 0, 0), 1,
            "holds every acknowledged subscriber", held, note);
    }

    private static async Task<bool> SettleAsync(StateSaveSide side, DateTime loadStartedAt) =>
        side.SaveInterval is null || await side.WaitForQuietFileAsync(loadStartedAt, QuietLimit).ConfigureAwait(false);

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
