using SubscriberSdk.Generator.Output;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>The kitchen-sink fixture, whose generated client is compiled into this test assembly.</summary>
internal static class KitchenSinkFixture
{
    public const string Namespace = "SubscriberSdk.Generator.Tests.FixtureClient";

    public const string ClassName = "KitchenSinkApiClient";

    public static string SpecPath => RepositoryPaths.Fixture("kitchen-sink.json");

    public static ClientDefinition Definition { get; } = new("kitchen-sink", "tests/SubscriberSdk.Generator.Tests/Fixtures/kitchen-sink.json", Namespace, ClassName, "tests/SubscriberSdk.Generator.Tests/FixtureClient");

    public static GeneratedClient Generate() => ClientGenerator.Generate(Definition, SpecPath);

    public static string[] Arguments(string outputDirectory, string? specPath = null) =>
        ["--openapi", specPath ?? SpecPath, "--output", outputDirectory, "--namespace", Namespace, "--class-name", ClassName];
}
