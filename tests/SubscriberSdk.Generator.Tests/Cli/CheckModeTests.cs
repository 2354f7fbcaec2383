using SubscriberSdk.Generator.Cli;
using SubscriberSdk.Generator.Output;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Cli;

/// <summary>--check on a scratch copy of the repository: clean after generation, exit 1 naming each drifted file.</summary>
public sealed class CheckModeTests
{
    [Fact]
    public void CheckFailsListingEditedStaleAndLockDifferences()
    {
        using var root = CopySpecs();
        Assert.Equal(GeneratorApp.Success, GeneratorRun.Execute("--root", root.Path).ExitCode);
        Assert.Equal(GeneratorApp.Success, GeneratorRun.Execute("--root", root.Path, "--check").ExitCode);

        var client = KnownClients.All[0];
        var edited = Directory.GetFiles(root.Combine(client.OutputPath), "*.cs", SearchOption.AllDirectories)[0];
        File.AppendAllText(edited, "// hand edit\n");
        File.WriteAllText(root.Combine(client.OutputPath, "Stale.cs"), "// stale");
        File.AppendAllText(root.Combine(client.SpecPath), "\n");

        var run = GeneratorRun.Execute("--root", root.Path, "--check");

        Assert.Equal(GeneratorApp.Differences, run.ExitCode);
        Assert.Contains(Path.GetFileName(edited) + " (differs)", run.Error, StringComparison.Ordinal);
        Assert.Contains("Stale.cs (stale)", run.Error, StringComparison.Ordinal);
        Assert.Contains(LockFile.FileName, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void GenerationWritesALockEntryPerClient()
    {
        using var root = CopySpecs();

        GeneratorRun.Execute("--root", root.Path);

        var lockText = File.ReadAllText(root.Combine(LockFile.FileName));
        Assert.All(KnownClients.All, c => Assert.Contains($"\"clientClassName\": \"{c.ClassName}\"", lockText, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', lockText);
    }

    private static TempDirectory CopySpecs()
    {
        var root = new TempDirectory();
        Directory.CreateDirectory(root.Combine("openapi"));
        foreach (var client in KnownClients.All)
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, client.SpecPath), root.Combine(client.SpecPath));
        }

        return root;
    }
}
