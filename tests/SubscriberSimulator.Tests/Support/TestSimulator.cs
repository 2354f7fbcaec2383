using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Support;

/// <summary>
/// A simulator serving only the kit's test engine (<see cref="NotesEngine"/>, under /notes-api, controls
/// under /__sim/notes), on a frozen clock: what the host tests run against.
/// </summary>
internal static class TestSimulator
{
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The notebook every <see cref="ClientFor"/> uses.</summary>
    public const string NotebookId = "a";

    public const string Token = "a-token";

    public static SimulatorOptions Options(Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions();
        UseNotesEngine(options);
        options.Clock.Freeze();
        options.Clock.SetUtcNow(Epoch);
        configure?.Invoke(options);
        return options;
    }

    /// <summary>The test engine instead of the four providers.</summary>
    public static void UseNotesEngine(SimulatorOptions options)
    {
        options.IncludeBuiltInEngines = false;
        options.ConfigureServices = services =>
        {
            services.AddSingleton<SpecValidator>(NotesSpec.Validator());
            services.AddSimulatorEngine<NotesEngine>();
        };
    }

    public static SimulatorServer InMemory(Action<SimulatorOptions>? configure = null) => SimulatorServer.CreateInMemory(Options(configure));

    public static Task<SimulatorServer> OnSocketAsync(Action<SimulatorOptions>? configure = null) => SimulatorServer.StartAsync(Options(configure));

    /// <summary>A client of the server with notebook <see cref="NotebookId"/> created and its token sent.</summary>
    public static HttpClient ClientFor(SimulatorServer server)
    {
        var engine = server.GetEngine<NotesEngine>();
        if (engine.Notebooks.FindByCredential(Token) is null)
        {
            engine.Notebooks.Add(new Notebook(NotebookId), Token);
        }

        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>The notes of notebook <see cref="NotebookId"/>.</summary>
    public static IReadOnlyDictionary<string, string> Notes(SimulatorServer server) =>
        server.GetEngine<NotesEngine>().Notebooks.FindByCredential(Token)?.Notes ?? new Dictionary<string, string>();
}
