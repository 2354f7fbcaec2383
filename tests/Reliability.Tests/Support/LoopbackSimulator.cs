using SubscriberSimulator;

namespace Reliability.Tests.Support;

/// <summary>Starts the simulator on Kestrel (127.0.0.1, port 0) with rate limits off unless told otherwise.</summary>
internal static class LoopbackSimulator
{
    public static Task<SimulatorServer> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions();
        options.RateLimits.Enabled = false;
        configure?.Invoke(options);
        return SimulatorServer.StartAsync(options);
    }

    public static Uri Prefix(this SimulatorServer server, string prefix) => new(server.BaseAddress, prefix);
}
