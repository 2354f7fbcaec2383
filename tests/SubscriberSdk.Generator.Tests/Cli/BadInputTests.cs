using SubscriberSdk.Generator.Cli;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Cli;

/// <summary>Bad input: non-zero exit, a message naming file, JSON pointer and construct, and nothing written.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("invalid-json.json", "#", "JSON")]
    [InlineData("broken-ref.json", "#/paths/~1v1~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref", "broken reference '#/components/schemas/Missing'")]
    [InlineData("unsupported-anyof.json", "#/components/schemas/FieldError/properties/reason/anyOf", "anyOf")]
    public void BadSpecFailsWithAPreciseMessageAndWritesNothing(string fixture, string pointer, string construct)
    {
        using var output = new TempDirectory();
        var specPath = RepositoryPaths.Fixture(fixture);

        var run = GeneratorRun.Execute(KitchenSinkFixture.Arguments(output.Path, specPath));

        Assert.Equal(GeneratorApp.Failure, run.ExitCode);
        Assert.Contains(fixture, run.Error, StringComparison.Ordinal);
        Assert.Contains(pointer + ":", run.Error, StringComparison.Ordinal);
        Assert.Contains(construct, run.Error, StringComparison.Ordinal);
        Assert.Empty(output.Files());
    }

    [Fact]
    public void BadSpecLeavesAnExistingOutputFolderUntouched()
    {
        using var output = new TempDirectory();
        var existing = output.Combine("Existing.cs");
        File.WriteAllText(existing, "// kept");

        var run = GeneratorRun.Execute(KitchenSinkFixture.Arguments(output.Path, RepositoryPaths.Fixture("broken-ref.json")));

        Assert.NotEqual(GeneratorApp.Success, run.ExitCode);
        Assert.Equal("// kept", File.ReadAllText(existing));
        Assert.Single(output.Files());
    }

    [Theory]
    [InlineData("--openapi")]
    [InlineData("--unknown")]
    [InlineData("--openapi", "a.json", "--output", "out")]
    [InlineData("--check", "--openapi", "a.json", "--output", "out", "--namespace", "N", "--class-name", "C")]
    public void InvalidArgumentsFailWithUsage(params string[] args)
    {
        var run = GeneratorRun.Execute(args);

        Assert.Equal(GeneratorApp.Failure, run.ExitCode);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSpecFileIsReportedByName()
    {
        using var output = new TempDirectory();

        var run = GeneratorRun.Execute(KitchenSinkFixture.Arguments(output.Path, output.Combine("absent.json")));

        Assert.Equal(GeneratorApp.Failure, run.ExitCode);
        Assert.Contains("absent.json", run.Error, StringComparison.Ordinal);
        Assert.Empty(output.Files());
    }
}
