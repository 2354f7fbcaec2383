using System.Diagnostics;

namespace Benchmarks.Load;

/// <summary>
/// CPU seconds used from now on by this process and, when the simulator runs in its own process, by that one:
/// which side of a run spent the machine's cores.
/// </summary>
internal sealed class CpuSplit
{
    private readonly Func<TimeSpan>? _simulator;
    private readonly TimeSpan _clientAtStart;
    private readonly TimeSpan _simulatorAtStart;

    public CpuSplit(Func<TimeSpan>? simulator)
    {
        _simulator = simulator;
        _clientAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        _simulatorAtStart = simulator?.Invoke() ?? TimeSpan.Zero;
    }

    /// <summary>A note such as "CPU: client 9.1 s, simulator 21.7 s" (or the one process's total).</summary>
    public string Since()
    {
        var client = (Process.GetCurrentProcess().TotalProcessorTime - _clientAtStart).TotalSeconds;
        return _simulator is { } simulator
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CPU: client {client:F1} s, simulator {(simulator() - _simulatorAtStart).TotalSeconds:F1} s")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CPU: {client:F1} s (client and simulator in one process)");
    }
}
