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
        var stateFile = new Option<FileInfo?>("--state-file") { Description = "Load state from this file at start (if it exists), save it while it changes and on shutdown." };
        var saveInterval = new Option<double>("--state-save-interval")
        {
            Description = "Seconds between saves of the state file while it changes (what a hard kill can lose); 0 saves on shutdown only.",
            DefaultValueFactory = _ => 1,
        };
        saveInterval.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 86_400 or double.NaN)
            {
                result.AddError("--state-save-interval must be between 0 and 86400 seconds.");
            }
        });
        var adminToken = new Option<string?>("--admin-token") { Description = "Bearer token required on /__admin and /__sim." };
        var maxTenants = AtLeastOne(new Option<int>("--max-tenants") { Description = "Tenants each provider holds at most; one more is a 403.", DefaultValueFactory = _ => 1000 });
        var maxSubscribers = AtLeastOne(new Option<int>("--max-subscribers")
        {
            Description = "Subscribers (contacts) each tenant holds at most; one more gets the provider's limit error (403).",
            DefaultValueFactory = _ => 100_000,
        });
        var journal = new Option<int>("--journal-capacity") { Description = "Requests kept in the journal (0 disables it).", DefaultValueFactory = _ => 1000 };
        var noRateLimits = new Option<bool>("--no-rate-limits") { Description = "Switch the documented rate limits off." };
        var verbose = new Option<bool>("--verbose") { Description = "Debug logging of the simulator's own components (slower). Traffic is in GET /__admin/requests." };

        var root = new RootCommand("Stateful simulator of the Essential, Mobile Text Alerts, Sequenzy and Attentive subscriber APIs.")
        {
            port, host, seed, stateFile, saveInterval, adminToken, maxTenants, maxSubscribers, journal, noRateLimits, verbose,
        };
        root.SetAction(async (parse, ct) =>
        {
            var console = CreateConsole(output);

            var options = new SimulatorOptions
            {
                SeedDemo = parse.GetValue(seed) == "demo",
                Port = parse.GetValue(port),
                Host = parse.GetValue(host)!,
                StateFile = parse.GetValue(stateFile)?.FullName,
                StateSaveInterval = TimeSpan.FromSeconds(parse.GetValue(saveInterval)),
                AdminToken = parse.GetValue(adminToken),
                JournalCapacity = parse.GetValue(journal),
                MaxTenantsPerProvider = parse.GetValue(maxTenants),
                MaxSubscribersPerTenant = parse.GetValue(maxSubscribers),
            };
            options.RateLimits.Enabled = !parse.GetValue(noRateLimits);
            var isVerbose = parse.GetValue(verbose);
            options.ConfigureLogging = logging =>
            {
                logging.AddSimpleConsole(console => console.SingleLine = true);
                logging.SetMinimumLevel(isVerbose ? LogLevel.Debug : LogLevel.Warning);
                // Request paths carry phone numbers and emails (/mta/v3/subscribers/{email}); ASP.NET
                // Core's and WireMock.Net's per-request logs stay at Warning even when verbose.
                logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
                logging.AddFilter(Hosting.WireMockLogger.Category, LogLevel.Warning);
            };

            configure?.Invoke(options);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, cancellationToken);
            return await ServeAsync(options, console, onStarted, linked.Token).ConfigureAwait(false);
        });

        return await root.Parse(args).InvokeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds "must be at least 1" to a count option. A value that is not a number is left to the
    /// parser's own error: reading it here would throw instead of reporting it.
    /// </summary>
    private static Option<int> AtLeastOne(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0
                && int.TryParse(result.Tokens[^1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value < 1)
            {
                result.AddError($"{option.Name} must be at least 1.");
            }
        });
        return option;
    }

    /// <summary>
    /// The console the banner goes to. Spectre.Console's own detection looks at TERM and would colour
    /// a redirected stream too; the banner is plain text (no escape codes, ASCII borders, no wrapping
    /// at 80 columns) whenever the output is not a terminal: a file, a pipe, a test's writer.
    /// </summary>
    internal static IAnsiConsole CreateConsole(TextWriter? output)
    {
        var terminal = output is null && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output ?? Console.Out),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 200;
            console.Profile.Capabilities.Unicode = false;
        }

        return console;
    }

    private static async Task<int> ServeAsync(SimulatorOptions options, IAnsiConsole console, Action<SimulatorServer>? onStarted, CancellationToken ct)
    {
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
            PrintBanner(console, server, options);
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

    private static void PrintBanner(IAnsiConsole console, SimulatorServer server, SimulatorOptions options)
    {
        var root = server.BaseAddress.ToString().TrimEnd('/');
        console.MarkupLineInterpolated($"[green]Subscriber simulator listening on {root}[/]");
        var table = new Table().AddColumn("Provider").AddColumn("Base URL");
        if (!console.Profile.Capabilities.Unicode)
        {
            table.Border(TableBorder.Ascii);
        }

        foreach (var engine in server.Engines)
        {
            table.AddRow(Markup.Escape(engine.Id), Markup.Escape(root + engine.PathPrefix));
        }

        console.Write(table);
        if (server.StateLoaded)
        {
            console.MarkupLineInterpolated($"State loaded from {options.StateFile}.");
        }

        foreach (var (engine, lines) in server.DemoSeed)
        {
            foreach (var line in lines)
            {
                console.MarkupLineInterpolated($"[bold]{engine}[/]: {line}");
            }
        }

        console.MarkupLineInterpolated($"Admin API: {root}/__admin (WireMock.Net; Java-format mappings at {root}/__admin/mappings/wiremock.org); controls: {root}/__sim");
        console.MarkupLine("Press Ctrl+C to stop.");
    }
}
