using SubscriberSdk.Generator.Output;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>Locations in the repository, found by walking up from the test assembly to SubscriberSdk.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = RepositoryRoot.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("SubscriberSdk.sln not found above the test assembly.");

    public static string Fixtures => Path.Combine(Root, "tests", "SubscriberSdk.Generator.Tests", "Fixtures");

    public static string FixtureClientOutput => Path.Combine(Root, "tests", "SubscriberSdk.Generator.Tests", "FixtureClient");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);
}
