using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

/// <summary>
/// One in-memory simulator with one Mobile Text Alerts account, for one test. The clock is frozen
/// so timestamps and rate-limit windows move only when a test advances them; rate limits are off
/// unless a test asks for them.
/// </summary>
internal sealed class MtaSim : IDisposable
{
    private MtaSim(SimulatorServer server)
    {
        Server = server;
        Engine = server.GetEngine<MobileTextAlertsEngine>();
        Account = Engine.CreateAccount();
        Anonymous = server.CreateClient();
        Client = ClientFor(Account.ApiKey);
    }

    public SimulatorServer Server { get; }

    public MobileTextAlertsEngine Engine { get; }

    public MtaAccountInfo Account { get; }

    public string TenantId => Account.TenantId;

    /// <summary>Authenticated as <see cref="Account"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>No Authorization header (controls, 401 tests).</summary>
    public HttpClient Anonymous { get; }

    public static MtaSim Create(bool rateLimits = false, Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions();
        options.RateLimits.Enabled = rateLimits;
        options.Clock.Freeze();
        configure?.Invoke(options);
        return new MtaSim(SimulatorServer.CreateInMemory(options));
    }

    public HttpClient ClientFor(string apiKey)
    {
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public Task<MtaReply> GetAsync(string path, HttpClient? client = null) => SendAsync(HttpMethod.Get, path, null, client);

    public Task<MtaReply> PostAsync(string path, string? json, HttpClient? client = null) => SendAsync(HttpMethod.Post, path, json, client);

    public Task<MtaReply> PatchAsync(string path, string? json, HttpClient? client = null) => SendAsync(HttpMethod.Patch, path, json, client);

    public Task<MtaReply> DeleteAsync(string path, HttpClient? client = null) => SendAsync(HttpMethod.Delete, path, null, client);

    public async Task<MtaReply> SendAsync(HttpMethod method, string path, string? json, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path.StartsWith("/__sim", StringComparison.Ordinal) ? path : "/mta" + path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await (client ?? Client).SendAsync(request);
        return await MtaReply.ReadAsync(response);
    }

    /// <summary>Creates a subscriber through the API and returns its id.</summary>
    public async Task<long> CreateSubscriberAsync(string json)
    {
        var reply = await PostAsync("/v3/subscribers", json);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return reply.Data.GetProperty("id").GetInt64();
    }

    public int SubscriberCount => Engine.ListSubscribers(TenantId).Count;

    public IReadOnlyList<global::SubscriberSimulator.Core.Outbox.OutboxMessage> Messages => Server.Outbox.List("mta", TenantId);

    /// <summary>
    /// Every account as the state file holds it, for "nothing changed" checks. The id counters are
    /// left out: like a database sequence, a rolled-back request may leave a gap in the ids.
    /// </summary>
    public string Snapshot()
    {
        var state = Engine.ExportState();
        return state["tenants"]!.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    public void Dispose()
    {
        Client.Dispose();
        Anonymous.Dispose();
        Server.Dispose();
    }

    /// <summary>Asserts the provider's error body: httpCode, message, timestamp, type, name, requestId (= X-Request-ID).</summary>
    public static void AssertError(MtaReply reply, HttpStatusCode status, string? messageContains = null)
    {
        Assert.Equal(status, reply.Status);
        var json = reply.Json;
        Assert.Equal((int)status, json.GetProperty("httpCode").GetInt32());
        var message = json.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        if (messageContains is not null)
        {
            Assert.Contains(messageContains, message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(DateTimeOffset.TryParse(json.GetProperty("timestamp").GetString(), out _));
        Assert.EndsWith("_error", json.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("MTA", json.GetProperty("name").GetString(), StringComparison.Ordinal);
        var requestId = json.GetProperty("requestId").GetString();
        Assert.True(Guid.TryParse(requestId, out _));
        Assert.Equal(requestId, reply.Header("X-Request-ID"));
    }
}
