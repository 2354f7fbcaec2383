using System.Diagnostics;
using System.Net;

namespace Benchmarks.Load;

/// <summary>
/// Issue 15, item 4: what one request with many entries costs, one request at a time over loopback.
/// Essential <c>properties</c> keys, Sequenzy tags and Attentive custom identifiers with 100, 500 and
/// 1,000 entries (under the documented cap of 1,000), for a new subscriber and again for the same
/// one (the merge with what it holds), and with 5,000 to 160,000 (over the cap: refused with 400, the
/// cost being to read and parse the body); Attentive's identify call, and 1,000 new tags or
/// identifiers onto one subscriber that already holds many. Target: linear, read as the cost per entry
/// beyond the one-entry request at the largest size at most twice that at the smallest.
/// </summary>
/// <remarks>
/// Sizes are interleaved (every size once, then again) so a busy spell on the shared machine falls on
/// all of them; the first pass is not timed (JIT). <c>--rounds</c> sets the timed passes (at least 15).
/// </remarks>
internal static class LargeRequestScenario
{
    public const double LinearTolerance = 2.0;
    private const int MinimumPasses = 15;
    private const int Cap = 1000;
    private static readonly int[] UnderCap = [1, 100, 500, 1000];
    private static readonly int[] OverCap = [1, 5_000, 10_000, 40_000, 160_000];
    private static readonly int[] Uncapped = [1, 100, 500, 1000, 2000, 5000];
    private static readonly int[] HeldBefore = [0, 5_000, 10_000, 20_000];

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host.Server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var requests = new LargeRequests(host);
        var passes = Math.Max(MinimumPasses, options.Rounds);
        var results = new List<LoadResult>();
        foreach (var @case in requests.Cases(UnderCap, OverCap, Uncapped))
        {
            results.AddRange(await MeasureAsync(client, @case, passes).ConfigureAwait(false));
        }

        // Each request's entries are new to the subscriber: their names carry what it held before.
        results.Add(await GrowthAsync(client, "Sequenzy tags/bulk", held => requests.SequenzyTags(Cap, "growth@example.com", GrowthPrefix(held))).ConfigureAwait(false));
        results.Add(await GrowthAsync(client, "Attentive subscribe", held => requests.AttentiveSubscribe(Cap, LargeRequests.GrowthPhone, GrowthPrefix(held))).ConfigureAwait(false));
        return results;
    }

    private static async Task<IEnumerable<LoadResult>> MeasureAsync(HttpClient client, LargeRequestCase @case, int passes)
    {
        var times = @case.Sizes.ToDictionary(size => size, _ => new List<long>());
        var statuses = @case.Sizes.ToDictionary(size => size, _ => new HashSet<HttpStatusCode>());
        for (var pass = 0; pass <= passes; pass++)
        {
            foreach (var size in @case.Sizes)
            {
                var (ticks, status) = await SendAsync(client, @case.Create(size)).ConfigureAwait(false);
                statuses[size].Add(status);
                if (pass > 0)
                {
                    times[size].Add(ticks);
                }
            }
        }

        var baseline = Median(times[@case.Sizes[0]]);
        var rows = new List<LoadResult>();
        var perEntry = new Dictionary<int, double>();
        foreach (var size in @case.Sizes)
        {
            var expected = @case.Cap is { } cap && size > cap ? HttpStatusCode.BadRequest : HttpStatusCode.OK;
            var answered = string.Join("/", statuses[size].Select(status => (int)status));
            var asExpected = @case.Cap is null ? statuses[size].All(IsSuccess) : statuses[size].All(status => IsSuccess(status) == (expected == HttpStatusCode.OK) && (expected == HttpStatusCode.OK || status == expected));
            var microseconds = size > 1 ? Milliseconds(Median(times[size]) - baseline) * 1000 / (size - 1) : 0;
            perEntry[size] = microseconds;

            var summary = Summarize(times[size]);
            rows.Add(new LoadResult(
                StateSaveScenario.Invariant($"{@case.Name}, {size:N0} entries"), times[size].Count, asExpected ? 0 : times[size].Count, times[size].Sum(Milliseconds) / 1000, summary, size,
                expected == HttpStatusCode.OK ? "2xx" : "400", asExpected,
                size > 1 ? StateSaveScenario.Invariant($"answered {answered}; {microseconds:F2} us per entry beyond the 1-entry request") : StateSaveScenario.Invariant($"answered {answered} (baseline)")));
        }

        // Under the cap and over it separately: over it the work is only reading and parsing the body.
        var accepted = @case.Sizes.Skip(1).Where(size => @case.Cap is not { } cap || size <= cap).ToArray();
        var refused = @case.Sizes.Where(size => @case.Cap is { } cap && size > cap).ToArray();
        foreach (var range in new[] { accepted, refused }.Where(range => range.Length > 1))
        {
            rows.Add(LinearityRow(@case.Name, range[0], range[^1], perEntry[range[0]], perEntry[range[^1]]));
        }

        return rows;
    }

    /// <summary>
    /// One subscriber, sent 1,000 new entries per request until it has held 20,000 (a cap on one
    /// request does not bound what is stored): the time of one request against what the subscriber
    /// held, each point the median of the three requests from it on.
    /// </summary>
    private static async Task<LoadResult> GrowthAsync(HttpClient client, string name, Func<int, HttpRequestMessage> create)
    {
        const int perPoint = 3;
        var timesByHeld = new Dictionary<int, double>();
        for (var held = 0; held < HeldBefore[^1] + perPoint * Cap; held += Cap)
        {
            var (ticks, status) = await SendAsync(client, create(held)).ConfigureAwait(false);
            if (!IsSuccess(status))
            {
                return new LoadResult(StateSaveScenario.Invariant($"{name}, 1,000 new entries onto one subscriber"), held / Cap + 1, 1, 0, new LatencySummary(0, 0, 0, 0), Cap,
                    "linear in the request", null, StateSaveScenario.Invariant($"answered {(int)status} once it held {held:N0}: what is stored is capped too"));
            }

            timesByHeld[held] = Milliseconds(ticks);
        }

        var points = HeldBefore.ToDictionary(held => held, held => Enumerable.Range(0, perPoint).Select(step => timesByHeld[held + step * Cap]).Order().ElementAt(perPoint / 2));
        var growth = points[HeldBefore[^1]] / Math.Max(0.001, points[HeldBefore[0]]);
        return new LoadResult(StateSaveScenario.Invariant($"{name}, 1,000 new entries onto one subscriber holding 0 to {HeldBefore[^1]:N0}"), timesByHeld.Count, 0,
            timesByHeld.Values.Sum() / 1000, new LatencySummary(timesByHeld.Values.Order().ElementAt(timesByHeld.Count / 2), 0, 0, timesByHeld.Values.Max()), Cap,
            "linear in the request", growth <= LinearTolerance,
            StateSaveScenario.Invariant($"{string.Join(", ", HeldBefore.Select(held => StateSaveScenario.Invariant($"{points[held]:F1} ms holding {held:N0}")))}; {growth:F1}x from the first to the last"));
    }

    private static LoadResult LinearityRow(string name, int smallest, int largest, double small, double large)
    {
        var title = StateSaveScenario.Invariant($"{name}: cost per entry at {largest:N0} against {smallest:N0}");
        if (small <= 0)
        {
            // The smaller size cost no more than the one-entry request: within the noise, no ratio to read.
            return new LoadResult(title, 0, 0, 0, new LatencySummary(0, 0, 0, 0), 1, "linear (<= 2x)", null,
                StateSaveScenario.Invariant($"{large:F2} us per entry; at {smallest:N0} within the noise of the one-entry request"));
        }

        var ratio = large / small;
        return new LoadResult(title, 0, 0, 0, new LatencySummary(0, 0, 0, 0), 1,
            "linear (<= 2x)", ratio <= LinearTolerance, StateSaveScenario.Invariant($"{large:F2} against {small:F2} us per entry: {ratio:F2}x"));
    }

    private static async Task<(long Ticks, HttpStatusCode Status)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            // The body is built before the clock starts: what is timed is sending it and the server's work.
            await request.Content!.LoadIntoBufferAsync().ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return (Stopwatch.GetTimestamp() - started, response.StatusCode);
        }
    }

    private static string GrowthPrefix(int held) => "g" + (held / Cap).ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static LatencySummary Summarize(List<long> ticks)
    {
        var sorted = ticks.Order().Select(Milliseconds).ToArray();
        return new LatencySummary(sorted[sorted.Length / 2], sorted[^1], sorted[^1], sorted[^1]);
    }
}
