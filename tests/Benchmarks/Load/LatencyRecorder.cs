using System.Diagnostics;

namespace Benchmarks.Load;

/// <summary>
/// Per-worker latency samples (Stopwatch ticks). Each worker owns one list, so recording takes no lock;
/// the lists are merged once at the end to read percentiles.
/// </summary>
internal sealed class LatencyRecorder
{
    private readonly List<long>[] _samples;

    public LatencyRecorder(int workers)
    {
        _samples = new List<long>[workers];
        for (var i = 0; i < workers; i++)
        {
            _samples[i] = new List<long>(capacity: 64 * 1024);
        }
    }

    public void Record(int worker, long elapsedTicks) => _samples[worker].Add(elapsedTicks);

    public long Count => _samples.Sum(list => (long)list.Count);

    /// <summary>Latency percentiles in milliseconds (p50, p95, p99, max); zeros when nothing was recorded.</summary>
    public LatencySummary Summarize()
    {
        var all = _samples.SelectMany(list => list).ToArray();
        if (all.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0);
        }

        Array.Sort(all);
        return new LatencySummary(Milliseconds(Percentile(all, 0.50)), Milliseconds(Percentile(all, 0.95)), Milliseconds(Percentile(all, 0.99)), Milliseconds(all[^1]));
    }

    private static long Percentile(long[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
