using SubscriberSimulator;

namespace SubscriberSdk.Tests.Readme;

/// <summary>
/// Keeps the READMEs' quick starts true: their code is the compiled code of <see cref="RootReadmeQuickStart"/>
/// and <see cref="PackageReadmeQuickStart"/>, and the root one runs against the simulator's demo tenants.
/// Runs alone because it captures the console the quick start writes to.
/// </summary>
[Collection(nameof(ReadmeQuickStartTests))]
[CollectionDefinition(nameof(ReadmeQuickStartTests), DisableParallelization = true)]
public sealed class ReadmeQuickStartTests
{
    [Theory]
    [InlineData("README.md", "tests/SubscriberSdk.Tests/Readme/RootReadmeQuickStart.cs")]
    [InlineData("src/SubscriberSdk/README.md", "tests/SubscriberSdk.Tests/Readme/PackageReadmeQuickStart.cs")]
    public void The_readme_code_is_the_compiled_code(string readme, string compiled)
    {
        var block = ReadmeCode.FirstCSharpBlock(File.ReadAllText(ReadmeCode.RepositoryFile(readme)));
        var source = File.ReadAllLines(ReadmeCode.RepositoryFile(compiled));

        Assert.Equal(ReadmeCode.Statements(block), ReadmeCode.MarkedRegion(source));
        Assert.All(block.Where(line => line.StartsWith("using ", StringComparison.Ordinal)), line => Assert.Contains(line, source));
    }

    [Fact]
    public async Task The_root_readme_quick_start_runs_against_the_simulator()
    {
        await using var server = await SimulatorServer.StartAsync();
        foreach (var engine in server.Engines)
        {
            engine.SeedDemo();
        }

        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            await RootReadmeQuickStart.RunAsync(server.BaseAddress.ToString().TrimEnd('/'));
        }
        finally
        {
            Console.SetOut(console);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("Essential: Created (HTTP 201)", lines);
        Assert.Contains(lines, line => line.StartsWith("Essential subscriber ", StringComparison.Ordinal) && line.EndsWith(": Subscribed", StringComparison.Ordinal));
        Assert.Contains("Mobile Text Alerts: Created (+19148440002)", lines);
        Assert.Contains("Sequenzy: PendingConfirmation (ada@example.com)", lines);
        Assert.Contains("Attentive: Created (HTTP 202)", lines);
    }
}
