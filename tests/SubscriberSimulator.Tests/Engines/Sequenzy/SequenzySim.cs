using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Engines.Sequenzy;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

/// <summary>
/// An in-memory simulator with only the Sequenzy engine and one workspace (lists "list_news",
/// the default, and "list_beta"). Rate limits are off unless asked for, so a test's request
/// count never depends on the wall clock.
/// </summary>
internal sealed class SequenzySim : IDisposable
{
    public const string ApiRoot = "/sequenzy/api/v1";
    public const string NewsList = "list_news";
    public const string BetaList = "list_beta";

    private SequenzySim(SimulatorServer server, SequenzyWorkspaceInfo workspace)
    {
        Server = server;
        Engine = server.GetEngine<SequenzyEngine>();
        Workspace = workspace;
        Client = ClientFor(workspace.ApiKey);
        Anonymous = server.CreateClient();
    }

    public SimulatorServer Server { get; }

    public SequenzyEngine Engine { get; }

    public SequenzyWorkspaceInfo Workspace { get; }

    public string WorkspaceId => Workspace.Id;

    public HttpClient Client { get; }

    public HttpClient Anonymous { get; }

    public static SequenzySim Create(bool doubleOptIn = false, bool rateLimits = false, Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            IncludeBuiltInEngines = false,
            ConfigureServices = services => services.AddSimulatorEngine<SequenzyEngine>(),
        };
        if (!rateLimits)
        {
            options.RateLimits.DisableProvider(SequenzyEngine.EngineId);
        }
        else
        {
            options.Clock.Freeze();
        }

        configure?.Invoke(options);
        var server = SimulatorServer.CreateInMemory(options);
        var engine = server.GetEngine<SequenzyEngine>();
        var workspace = engine.CreateWorkspace(NewWorkspace("ws_test", "sk_live_test_key", doubleOptIn));
        return new SequenzySim(server, workspace);
    }

    public static SequenzyWorkspaceOptions NewWorkspace(string id, string apiKey, bool doubleOptIn = false)
    {
        var options = new SequenzyWorkspaceOptions { Id = id, ApiKey = apiKey, DoubleOptIn = doubleOptIn };
        options.Lists.Add(new SequenzyListOptions { Id = NewsList, Name = "Newsletter", Description = "Monthly news" });
        options.Lists.Add(new SequenzyListOptions { Id = BetaList, Name = "Beta testers", IsPrivate = true });
        options.DefaultListIds.Add(NewsList);
        return options;
    }

    public HttpClient ClientFor(string apiKey)
    {
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public IReadOnlyList<SequenzySubscriberInfo> Subscribers => Engine.ListSubscribers(WorkspaceId);

    /// <summary>Every stored subscriber as JSON, to assert that a request changed nothing.</summary>
    public string Snapshot() => JsonSerializer.Serialize(Subscribers);

    public SequenzySubscriberInfo Stored(string email) =>
        Engine.FindSubscriber(WorkspaceId, email) ?? throw new InvalidOperationException("The subscriber is not stored.");

    public IReadOnlyList<OutboxMessage> Outbox => Server.Outbox.List(SequenzyEngine.EngineId, WorkspaceId);

    public Task<SequenzyReply> PostAsync(string path, string json, HttpClient? client = null) => SendAsync(HttpMethod.Post, path, json, client);

    public Task<SequenzyReply> PatchAsync(string path, string json, HttpClient? client = null) => SendAsync(HttpMethod.Patch, path, json, client);

    public Task<SequenzyReply> GetAsync(string path, HttpClient? client = null) => SendAsync(HttpMethod.Get, path, null, client);

    public Task<SequenzyReply> DeleteAsync(string path, HttpClient? client = null) => SendAsync(HttpMethod.Delete, path, null, client);

    /// <summary>Paths starting with "/__" are sent as they are; others are relative to /sequenzy/api/v1.</summary>
    public async Task<SequenzyReply> SendAsync(HttpMethod method, string path, string? json, HttpClient? client = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path.StartsWith("/__", StringComparison.Ordinal) ? path : ApiRoot + path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await (client ?? Client).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var parsed = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new SequenzyReply(response.StatusCode, parsed, response.Headers, text);
    }

    /// <summary>Creates a subscriber through the API and returns the reply (asserting 200).</summary>
    public async Task<SequenzyReply> CreateAsync(string json)
    {
        var reply = await PostAsync("/subscribers", json);
        Assert.True(reply.Status == HttpStatusCode.OK, $"create failed: {reply.Text}");
        return reply;
    }

    /// <summary>Sequenzy's error body: {"success": false, "error": "..."} and nothing else.</summary>
    public static void AssertError(SequenzyReply reply, HttpStatusCode status, string? contains = null)
    {
        Assert.True(reply.Status == status, $"expected {(int)status}, got {(int)reply.Status}: {reply.Text}");
        Assert.False(reply.Json.GetProperty("success").GetBoolean());
        var error = reply.Json.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        if (contains is not null)
        {
            Assert.Contains(contains, error, StringComparison.OrdinalIgnoreCase);
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Anonymous.Dispose();
        Server.Dispose();
    }
}
