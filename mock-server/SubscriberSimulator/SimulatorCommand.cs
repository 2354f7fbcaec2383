using System.CommandLine;
using System.Runtime.InteropServices;
using Spectre.Console;

namespace SubscriberSimulator;

/// <summary>
/// The standalone command line: <c>dotnet run --project mock-server/SubscriberSimulator.Tool -- --port 5080 --seed demo</c>.
/// With no arguments it serves on 127.0.0.1:5080 with the demo tenants seeded.
/// </summary>
internal static class SimulatorCommand
{
    public const int DefaultPort = 5080;

    /// <summary>The process entry point: Ctrl+C (SIGINT) and SIGTERM stop the server cleanly (state saved).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await RunAsync(args, output: null, onStarted: null, stop.Token, configure: null).ConfigureAwait(false);
    }

    /// <param name="output">Where the banner goes (the console when null).</param>
    /// <param name="onStarted">Called once the server listens (tests read the bound address from it).</param>
    /// <param name="cancellationToken">Stops the server like Ctrl+C does.</param>
    /// <param name="configure">Adjusts the options after the command line is applied (tests swap the engines).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output, Action<SimulatorServer>? onStarted, CancellationToken cancellationToken, Action<SimulatorOptions>? configure = null)
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to bind; anything but loopback requires --admin-token.", DefaultValueFactory = _ => "127.0.0.1" };
        var seed = new Option<string>("--seed") { Description = "Demo data to seed at start: demo or none.", DefaultValueFactory = _ => "demo" };
        seed.AcceptOnlyFromAmong("demo", "none");
        var stateFile = new Option<FileInfo?>("--state-file") { Description = "Load state from this file at start (if it exists) and save it on shutdown." };
        var adminToken = new Option<string?>("--admin-token") { Description = "Bearer token required on /__admin and /__sim." };
        var journal = new Option<int>("--journal-capacity") { Description = "Requests kept in the journal (0 disables it).", DefaultValueFactory = _ => 1000 };
        var noRateLimits = new Option<bool>("--no-rate-limits") { Description = "Switch the documented rate limits off." };
        var verbose = new Option<bool>("--verbose") { Description = "Debug logging of the simulator's own components (slower). Traffic is in GET /__admin/requests." };

        var root = new RootCommand("Stateful simulator of the Essential, Mobile Text Alerts, Sequenzy and Attentive subscriber APIs.")
        {
            port, host, seed, stateFile, adminToken, journal, noRateLimits, verbose,
        };
        root.SetAction(async (parse, ct) =>
        {
            var console = output is null ? AnsiConsole.Console : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
            if (output is not null || Console.IsOutputRedirected)
            {
                // Not a terminal: do not wrap credentials and URLs at 80 columns.
                console.Profile.Width = 200;
            }

            var options = new SimulatorOptions
            {
                Port = parse.GetValue(port),
                Host = parse.GetValue(host)!,
                StateFile = parse.GetValue(stateFile)?.FullName,
                AdminToken = parse.GetValue(adminToken),
                JournalCapacity = parse.GetValue(journal),
            };
            options.RateLimits.Enabled = !parse.GetValue(noRateLimits);
            var isVerbose = parse.GetValue(verbose);
            options.ConfigureLogging = logging =>
            {
                logging.AddSimpleConsole(console => console.SingleLine = true);
                logging.SetMinimumLevel(isVerbose ? LogLevel.Debug : LogLevel.Warning);
                // ASP.NET Core's request logs print full paths, and provider paths carry phone numbers
                // and emails (/mta/v3/subscribers/{email}); they stay at Warning even when verbose.
                logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            };

            configure?.Invoke(options);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, cancellationToken);
            return await ServeAsync(options, parse.GetValue(seed) == "demo", console, onStarted, linked.Token).ConfigureAwait(false);
        });

        return await root.Parse(args).InvokeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ServeAsync(SimulatorOptions options, bool seedDemo, IAnsiConsole console, Action<SimulatorServer>? onStarted, CancellationToken ct)
    {
        var stateExisted = options.StateFile is { } path && File.Exists(path);
        SimulatorServer server;
        try
        {
            server = await SimulatorServer.StartAsync(options, ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or InvalidDataException or IOException)
        {
            console.MarkupLineInterpolated($"[red]Cannot start:[/] {exception.Message}");
            return 1;
        }

        await using (server.ConfigureAwait(false))
        {
            PrintBanner(console, server, options, seedDemo && !stateExisted, stateExisted);
            onStarted?.Invoke(server);
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                console.MarkupLine("Stopping" + (options.StateFile is null ? "." : ", saving state to " + Markup.Escape(options.StateFile) + "."));
            }
        }

        return 0;
    }

    private static void PrintBanner(IAnsiConsole console, SimulatorServer server, SimulatorOptions options, bool seed, bool stateLoaded)
    {
        var root = server.BaseAddress.ToString().TrimEnd('/');
        console.MarkupLineInterpolated($"[green]Subscriber simulator listening on {root}[/]");
        var table = new Table().AddColumn("Provider").AddColumn("Base URL");
        foreach (var engine in server.Engines)
        {
            table.AddRow(Markup.Escape(engine.Id), Markup.Escape(root + engine.PathPrefix));
        }

        console.Write(table);
        if (stateLoaded)
        {
            console.MarkupLineInterpolated($"State loaded from {options.StateFile}.");
        }

        if (seed)
        {
            foreach (var engine in server.Engines)
            {
                foreach (var line in engine.SeedDemo())
                {
                    console.MarkupLineInterpolated($"[bold]{engine.Id}[/]: {line}");
                }
            }
        }

        console.MarkupLineInterpolated($"Admin API: {root}/__admin (WireMock dialect); controls: {root}/__sim");
        console.MarkupLine("Press Ctrl+C to stop.");
    }
}
