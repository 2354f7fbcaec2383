using System.Globalization;
using System.Runtime.InteropServices;

namespace Benchmarks.Load;

/// <summary>
/// <c>load &lt;scenario&gt; [--seconds N] [--warmup N] [--connections N] [--rounds N] [--count N] [--simulator in-process|process] [--markdown FILE]</c>:
/// runs one scenario (or <c>all</c>), prints its table and optionally appends it to a Markdown file.
/// </summary>
internal static class LoadCommand
{
    private static readonly Dictionary<string, Func<LoadOptions, Task<IReadOnlyList<LoadResult>>>> Scenarios = new(StringComparer.OrdinalIgnoreCase)
    {
        ["startup"] = StartupScenario.RunAsync,
        ["health"] = HealthScenario.RunAsync,
        ["essential"] = EssentialScenario.RunAsync,
        ["essential-vs-static"] = StaticStubScenario.RunAsync,
        ["rss"] = MemoryScenario.RunAsync,
        ["mta-bulk"] = MtaBulkScenario.RunAsync,
        ["scale"] = StateScaleScenario.RunAsync,
        ["bulk-engine"] = BulkEngineScenario.RunAsync,
        ["state-save"] = StateSaveScenario.RunAsync,
        ["large-requests"] = LargeRequestScenario.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        LoadOptions options;
        try
        {
            options = Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync("usage: load <" + string.Join("|", Scenarios.Keys) + "|all> [--seconds N] [--warmup N] [--connections N] [--rounds N] [--count N] [--simulator in-process|process] [--markdown FILE]").ConfigureAwait(false);
            return 2;
        }

        var names = options.Scenario.Equals("all", StringComparison.OrdinalIgnoreCase) ? Scenarios.Keys.ToArray() : [options.Scenario];
        var results = new List<LoadResult>();
        foreach (var name in names)
        {
            Console.WriteLine($"running {name} ({RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores)...");
            results.AddRange(await Scenarios[name](options).ConfigureAwait(false));
        }

        var table = LoadResult.MarkdownHeader + Environment.NewLine + string.Join(Environment.NewLine, results.Select(result => result.ToMarkdownRow()));
        Console.WriteLine(table);
        if (options.MarkdownFile is { } file)
        {
            await File.AppendAllTextAsync(file, table + Environment.NewLine + Environment.NewLine).ConfigureAwait(false);
        }

        return 0;
    }

    private static LoadOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException("Name a scenario first.");
        }

        var scenario = args[0];
        if (!scenario.Equals("all", StringComparison.OrdinalIgnoreCase) && !Scenarios.ContainsKey(scenario))
        {
            throw new ArgumentException($"Unknown scenario '{scenario}'.");
        }

        var options = new LoadOptions { Scenario = scenario };
        for (var i = 1; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Positive(args[i], value) },
                "--warmup" => options with { WarmupSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = (int)Positive(args[i], value) },
                "--rounds" => options with { Rounds = (int)Positive(args[i], value) },
                "--count" => options with { Count = (int)Positive(args[i], value) },
                "--markdown" => options with { MarkdownFile = value },
                "--simulator" => options with { SimulatorInOwnProcess = value switch
                {
                    "process" => true,
                    "in-process" => false,
                    _ => throw new ArgumentException($"--simulator takes in-process or process (got '{value}')."),
                } },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options;
    }

    private static double Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive number (got '{value}').");
}
