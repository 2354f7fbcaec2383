using System.Globalization;

namespace Benchmarks.Load;

/// <summary>One measured row: what ran, how fast, and whether it met its target.</summary>
internal sealed record LoadResult(string Name, long Requests, long Errors, double Seconds, LatencySummary Latency, long RecordsPerRequest, string Target, bool? Met, string Note = "")
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    public double RecordsPerSecond => RequestsPerSecond * RecordsPerRequest;

    public static string MarkdownHeader =>
        "| Scenario | Requests | Errors | Seconds | Requests/s | Records/s | p50 ms | p95 ms | p99 ms | max ms | Target | Met | Note |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|";

    public string ToMarkdownRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Requests:N0} | {Errors:N0} | {Seconds:F1} | {RequestsPerSecond:N0} | {RecordsPerSecond:N0} | {Latency.P50:F2} | {Latency.P95:F2} | {Latency.P99:F2} | {Latency.Max:F2} | {Target} | {MetText} | {Note} |");

    private string MetText => Met switch
    {
        true => "yes",
        false => "**no**",
        null => "-",
    };
}
