using SubscriberSdk.Generator.Output;

namespace SubscriberSdk.Generator.Cli;

/// <summary>Generation of the repository's four clients and the lock file: write, or check for drift.</summary>
internal static class RepositoryGeneration
{
    /// <summary>Generates every client in memory first; any spec error throws before a single file is touched.</summary>
    public static IReadOnlyList<GeneratedClient> GenerateAll(string root) =>
        KnownClients.All.Select(d => ClientGenerator.Generate(d, Path.Combine(root, d.SpecPath))).ToList();

    public static int Write(string root, IReadOnlyList<GeneratedClient> clients, TextWriter output)
    {
        foreach (var client in clients)
        {
            OutputFolder.Sync(Path.Combine(root, client.Definition.OutputPath), client.Files);
            output.WriteLine($"{client.Definition.ClassName}: {client.Files.Count} files in {client.Definition.OutputPath}");
        }

        OutputFolder.WriteText(Path.Combine(root, LockFile.FileName), LockFile.Render(clients));
        output.WriteLine($"{LockFile.FileName} updated");
        return GeneratorApp.Success;
    }

    public static int Check(string root, IReadOnlyList<GeneratedClient> clients, TextWriter output, TextWriter error)
    {
        var differences = FindDifferences(root, clients);
        if (differences.Count == 0)
        {
            output.WriteLine("Generated clients and kiota-lock.json are up to date.");
            return GeneratorApp.Success;
        }

        error.WriteLine($"{differences.Count} generated file(s) differ from what the specs produce; run 'dotnet run --project src/SubscriberSdk.Generator' and commit the result:");
        foreach (var difference in differences)
        {
            error.WriteLine("  " + difference);
        }

        return GeneratorApp.Differences;
    }

    public static IReadOnlyList<string> FindDifferences(string root, IReadOnlyList<GeneratedClient> clients)
    {
        var differences = new List<string>();
        foreach (var client in clients)
        {
            var folder = client.Definition.OutputPath;
            differences.AddRange(OutputFolder.Differences(Path.Combine(root, folder), client.Files).Select(d => folder + "/" + d));
        }

        if (OutputFolder.ReadText(Path.Combine(root, LockFile.FileName)) != LockFile.Render(clients))
        {
            differences.Add(LockFile.FileName + " (differs: a spec hash or generator setting changed)");
        }

        return differences;
    }
}
