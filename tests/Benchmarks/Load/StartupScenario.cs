using System.Diagnostics;
using SubscriberSimulator;

namespace Benchmarks.Load;

/// <summary>
/// The in-process simulator started and its first request answered. The first start in the process pays
/// for JIT and the OpenAPI documents; later starts show the warm cost. Target: under 300 ms.
/// </summary>
internal static class StartupScenario
{
    public const double TargetMilliseconds = 300;
    private const int Starts = 5;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        var timings = new List<double>();
        for (var i = 0; i < Starts; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await using (var server = await SimulatorServer.StartAsync().ConfigureAwait(false))
            {
                using var client = server.CreateClient();
                using var response = await client.GetAsync(new Uri("__admin/health", UriKind.Relative)).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        var first = timings[0];
        var warm = timings.Skip(1).Order().ToArray();
        var warmMedian = warm[warm.Length / 2];
        return
        [
            new LoadResult("start + first request (cold, first in process)", 1, 0, first / 1000, new LatencySummary(first, first, first, first), 1, "< 300 ms", first < TargetMilliseconds),
            new LoadResult($"start + first request (warm, median of {warm.Length})", warm.Length, 0, warm.Sum() / 1000, new LatencySummary(warmMedian, warm[^1], warm[^1], warm[^1]), 1, "< 300 ms", warmMedian < TargetMilliseconds),
        ];
    }
}
