using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>
/// The <see cref="NotesEngine"/> without any host: requests go straight to the engine, on a frozen
/// clock, with the engine's own outbox and rate limiter.
/// </summary>
internal sealed class KitHarness
{
    public KitHarness(Action<SimulatorOptions>? configure = null)
    {
        Options = new SimulatorOptions();
        Options.Clock.Freeze();
        Options.Clock.SetUtcNow(TestSimulator.Epoch);
        configure?.Invoke(Options);
        Outbox = new Outbox(Options);
        Services = new EngineServices(Options, Outbox, new RateLimiter(Options.Clock, Options), NotesSpec.Validator(), NullLoggerFactory.Instance);
        Engine = new NotesEngine(Services);
    }

    public SimulatorOptions Options { get; }

    public Outbox Outbox { get; }

    public EngineServices Services { get; }

    public NotesEngine Engine { get; }

    /// <summary>Creates a notebook through the control and returns its token.</summary>
    public string CreateNotebook(string id, string? token = null)
    {
        token ??= id + "-token";
        var response = Control("POST", "/tenants", $$"""{"id":"{{id}}","token":"{{token}}"}""");
        Assert.Equal(201, response.Status);
        return token;
    }

    public ProviderResponse Api(string method, string path, string? json = null, string? token = null, string contentType = "application/json", CancellationToken aborted = default) =>
        Engine.HandleAsync(Request(method, "/notes-api" + path, json, token, contentType, aborted)).AsTask().GetAwaiter().GetResult();

    public ProviderResponse Control(string method, string path, string? json = null) =>
        Engine.HandleControlAsync(Request(method, "/__sim/notes" + path, json, null, "application/json", default)).AsTask().GetAwaiter().GetResult();

    public static JsonNode? Json(ProviderResponse response) => response.Body.Length == 0 ? null : JsonNode.Parse(response.Body);

    public static string ErrorMessage(ProviderResponse response) => Json(response)!["error"]!["message"]!.GetValue<string>();

    private static ProviderRequest Request(string method, string pathAndQuery, string? json, string? token, string contentType, CancellationToken aborted)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var query = question < 0 ? [] : pathAndQuery[(question + 1)..].Split('&').Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(Uri.UnescapeDataString(parts[0]), new StringValues(Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : string.Empty))));
        var headers = new List<KeyValuePair<string, StringValues>>();
        if (token is not null)
        {
            headers.Add(KeyValuePair.Create("Authorization", new StringValues("Bearer " + token)));
        }

        if (json is not null)
        {
            headers.Add(KeyValuePair.Create("Content-Type", new StringValues(contentType)));
        }

        return new ProviderRequest
        {
            Method = method,
            Path = path,
            Query = new RequestValues(query),
            Headers = new RequestValues(headers),
            Body = json is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(json),
            RequestAborted = aborted,
        };
    }
}
