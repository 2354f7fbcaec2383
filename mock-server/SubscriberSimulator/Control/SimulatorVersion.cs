using System.Reflection;

namespace SubscriberSimulator.Control;

/// <summary>The simulator's package version (Directory.Build.props sets it for every package).</summary>
internal static class SimulatorVersion
{
    // Without the "+commit" the build appends, so it reads as the version a user installed.
    public static string Current { get; } =
        typeof(SimulatorVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
