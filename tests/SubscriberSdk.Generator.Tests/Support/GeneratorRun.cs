using SubscriberSdk.Generator.Cli;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>Runs the generator's command line in-process and captures what it prints.</summary>
internal sealed record GeneratorRun(int ExitCode, string Output, string Error)
{
    public static GeneratorRun Execute(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = GeneratorApp.Run(args, output, error, RepositoryPaths.Root);
        return new GeneratorRun(exitCode, output.ToString(), error.ToString());
    }
}
