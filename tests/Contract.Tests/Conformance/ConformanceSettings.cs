namespace Contract.Tests.Conformance;

/// <summary>
/// Where the conformance suite points, from environment variables (see README.md). A provider
/// whose <c>CONFORMANCE_&lt;PROVIDER&gt;_BASE_URL</c> is unset runs against the in-process simulator.
/// </summary>
internal static class ConformanceSettings
{
    public const string SimulatorOnlyTrait = "SimulatorOnly";

    public static string? Get(string provider, string name)
    {
        var value = Environment.GetEnvironmentVariable($"CONFORMANCE_{provider}_{name}");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static string Require(string provider, string name) =>
        Get(provider, name) ?? throw new InvalidOperationException(
            $"CONFORMANCE_{provider}_BASE_URL is set, so CONFORMANCE_{provider}_{name} must be set too (see tests/Contract.Tests/README.md).");

    public static bool UsesSimulator(string provider) => Get(provider, "BASE_URL") is null;
}
