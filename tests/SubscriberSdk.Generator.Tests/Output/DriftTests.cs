using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SubscriberSdk.Generator.Cli;
using SubscriberSdk.Generator.Output;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Output;

/// <summary>The committed generated code and kiota-lock.json match what the current specs produce.</summary>
public sealed class DriftTests
{
    [Fact]
    public void CommittedClientsAndLockMatchTheSpecs()
    {
        var clients = RepositoryGeneration.GenerateAll(RepositoryPaths.Root);

        var differences = RepositoryGeneration.FindDifferences(RepositoryPaths.Root, clients);

        Assert.True(differences.Count == 0, "Regenerate with 'dotnet run --project src/SubscriberSdk.Generator':\n" + string.Join("\n", differences));
    }

    [Fact]
    public void LockHashesMatchTheSpecBytes()
    {
        var lockFile = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, LockFile.FileName)))!;
        foreach (var definition in KnownClients.All)
        {
            var entry = lockFile["clients"]?[definition.Key];
            Assert.True(entry is not null, $"kiota-lock.json has no entry for {definition.Key}");
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, definition.SpecPath))));
            Assert.True(entry!["descriptionHash"]?.GetValue<string>() == actual, $"{definition.SpecPath} changed since the last generation (SHA-256 {actual})");
            Assert.Equal(definition.ClassName, entry["clientClassName"]?.GetValue<string>());
            Assert.Equal("SubscriberSdk.Generator", entry["generatorName"]?.GetValue<string>());
        }
    }

    [Fact]
    public void CheckModeReportsSuccessOnTheCommittedTree()
    {
        var run = GeneratorRun.Execute("--check");

        Assert.True(run.ExitCode == GeneratorApp.Success, run.Error);
    }

    [Fact]
    public void CommittedFixtureClientMatchesTheFixtureSpec()
    {
        var generated = KitchenSinkFixture.Generate();

        var differences = OutputFolder.Differences(RepositoryPaths.FixtureClientOutput, generated.Files);

        Assert.True(differences.Count == 0, "Regenerate the fixture client (see KitchenSinkFixture.Arguments):\n" + string.Join("\n", differences));
    }
}
