using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Benchmarks.Load;

/// <summary>
/// The standalone simulator (SubscriberSimulator.Tool, built beside this project in the same configuration) in
/// its own process on a free loopback port, demo tenants seeded, rate limits off: the way an application meets a
/// provider, with its own heap and garbage collector, so the client's garbage does not pause the server or the
/// server's the client. The two processes still share the machine's cores.
/// </summary>
internal sealed partial class SimulatorProcess : IAsyncDisposable
{
    /// <summary>The API key of the demo Mobile Text Alerts tenant the tool seeds (its banner and the README print it).</summary>
    public const string MtaDemoApiKey = "mta_demo_key";

    private readonly Process _process;

    private SimulatorProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>CPU time the simulator's process has used so far (all its threads).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<SimulatorProcess> StartAsync(int maxSubscribers)
    {
        var tool = ToolAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { tool, "--port", "0", "--no-rate-limits", "--max-subscribers", maxSubscribers.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start the simulator tool.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                // Keep reading so a full pipe never blocks the server's console writes.
                _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return new SimulatorProcess(process, new Uri(match.Groups["url"].Value + "/"));
            }
        }

        var error = await process.StandardError.ReadToEndAsync(CancellationToken.None).ConfigureAwait(false);
        throw new InvalidOperationException($"The simulator tool exited before it listened (exit code {process.ExitCode}): {error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    // bin/<Configuration>/<framework>/ of this project maps onto the tool's own output folder.
    private static string ToolAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var repository = output;
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "SubscriberSdk.sln")))
        {
            repository = repository.Parent;
        }

        var tool = Path.Combine(repository?.FullName ?? throw new InvalidOperationException("Run the benchmarks from the repository: SubscriberSdk.sln not found above " + AppContext.BaseDirectory),
            "mock-server", "SubscriberSimulator.Tool", "bin", configuration, framework, "SubscriberSimulator.Tool.dll");
        return File.Exists(tool) ? tool : throw new InvalidOperationException($"The simulator tool is not built at {tool}.");
    }

    [GeneratedRegex(@"listening on (?<url>http://[^\s/]+)")]
    private static partial Regex ListeningLine();
}
