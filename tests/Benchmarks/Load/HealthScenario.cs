namespace Benchmarks.Load;

/// <summary>GET /__admin/health: the HTTP path with no engine work, the ceiling for everything else.</summary>
internal static class HealthScenario
{
    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadOptions options)
    {
        await using var host = await SimulatorHost.StartAsync().ConfigureAwait(false);
        var runner = new LoadRunner(host.Server.BaseAddress, options.Connections);
        var run = await runner.RunAsync((_, _) => new HttpRequestMessage(HttpMethod.Get, "__admin/health"), options.WarmupSeconds, options.Seconds).ConfigureAwait(false);
        return [new LoadResult($"health, {options.Connections} conn", run.Requests, run.Errors, run.Seconds, run.Latency, 1, "(reference)", null)];
    }
}
