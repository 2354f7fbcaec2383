using System.Reflection;

namespace SubscriberSdk.Generator.Writing;

/// <summary>The generator's own name and version, stamped into generated code and the lock file.</summary>
internal static class GeneratorInfo
{
    public const string Name = "SubscriberSdk.Generator";

    /// <summary>
    /// The informational version without the "+commit" suffix the SDK may append, so output does
    /// not change from one commit to the next.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
