using System.Reflection;

namespace SubscriberSdk.Http.Internal;

/// <summary>The package version, for the User-Agent and telemetry.</summary>
internal static class SdkVersion
{
    public const string ProductName = "SubscriberSdk";

    public static readonly string Value = Read();

    private static string Read()
    {
        var informational = typeof(SdkVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+commit" build metadata: a User-Agent should not change with every commit.
        return informational?.Split('+')[0] ?? typeof(SdkVersion).Assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
