using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SubscriberSdk.TestSupport.Processes;

/// <summary>
/// The real standalone simulator process (<c>dotnet SubscriberSimulator.Tool.dll --port 0 ...</c>, what the <c>subscriber-simulator</c> tool runs), its bound
/// address read from the "listening on" line it prints, stopped by SIGTERM or killed outright. Used by the reliability
/// tests (restarts, state files) and the benchmarks (a server with its own heap and garbage collector).
/// </summary>
public sealed partial class StandaloneSimulator : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private StandaloneSimulator(Process process, Uri baseAddress)
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

    public static async Task<StandaloneSimulator> StartAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(SimulatorDll());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Standard output and standard error arrive on different threads; StringBuilder is not
        // thread-safe, and an exception in these callbacks would crash the test host.
        var printed = new System.Text.StringBuilder();
        void Append(string? text)
        {
            lock (printed)
            {
                printed.AppendLine(text);
            }
        }

        string Printed()
        {
            lock (printed)
            {
                return printed.ToString();
            }
        }

        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                address.TrySetException(new InvalidOperationException("The simulator exited before listening: " + Printed()));
                return;
            }

            Append(line.Data);
            if (ListeningOn().Match(line.Data) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups[1].Value + "/"));
            }
        };
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            return new StandaloneSimulator(process, await address.Task.WaitAsync(StartTimeout));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGTERM: the server stops cleanly and saves its state file. Returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(StartTimeout);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no chance to save anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(StartTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    // The tool project is referenced, so its dll, deps and runtimeconfig sit beside the caller's own.
    private static string SimulatorDll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SubscriberSimulator.Tool.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("SubscriberSimulator.Tool.dll is not in the output folder; reference the SubscriberSimulator.Tool project and build.", path);
    }

    [GeneratedRegex(@"listening on (http://[0-9.:\[\]a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListeningOn();
}
