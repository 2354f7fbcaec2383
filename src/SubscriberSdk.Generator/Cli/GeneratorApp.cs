using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Output;
using SubscriberSdk.Generator.Writing;

namespace SubscriberSdk.Generator.Cli;

/// <summary>The command-line application, callable in-process by tests.</summary>
internal static class GeneratorApp
{
    public const int Success = 0;
    public const int Differences = 1;
    public const int Failure = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string currentDirectory)
    {
        var commandLine = CommandLine.Parse(args, out var parseError);
        if (commandLine is null)
        {
            error.WriteLine(parseError);
            error.WriteLine(CommandLine.Usage);
            return Failure;
        }

        if (commandLine.Help)
        {
            output.WriteLine(CommandLine.Usage);
            return Success;
        }

        try
        {
            if (commandLine.IsSingleDocument)
            {
                return GenerateSingle(commandLine, output, currentDirectory);
            }

            var root = commandLine.Root is { } explicitRoot ? Path.GetFullPath(explicitRoot, currentDirectory) : RepositoryRoot.Find(currentDirectory);
            if (root is null)
            {
                error.WriteLine($"No {RepositoryRoot.SolutionFile} found in '{currentDirectory}' or any parent folder; run inside the repository or pass --root.");
                return Failure;
            }

            var clients = RepositoryGeneration.GenerateAll(root);
            return commandLine.Check ? RepositoryGeneration.Check(root, clients, output, error) : RepositoryGeneration.Write(root, clients, output);
        }
        catch (SpecException ex)
        {
            error.WriteLine("error: " + ex.Message);
            error.WriteLine("Nothing was written.");
            return Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: writing the output failed: " + ex.Message);
            return Failure;
        }
    }

    private static int GenerateSingle(CommandLine commandLine, TextWriter output, string currentDirectory)
    {
        var specPath = Path.GetFullPath(commandLine.OpenApi!, currentDirectory);
        var outputPath = Path.GetFullPath(commandLine.Output!, currentDirectory);
        var definition = new ClientDefinition(Path.GetFileNameWithoutExtension(specPath), commandLine.OpenApi!, commandLine.Namespace!, commandLine.ClassName!, commandLine.Output!);
        var client = ClientGenerator.Generate(definition, specPath);
        OutputFolder.Sync(outputPath, client.Files);
        output.WriteLine($"{definition.ClassName}: {client.Files.Count} files written to {outputPath}");
        return Success;
    }
}
