using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.Attentive;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>
/// A fresh company with three tokens (all scopes, read-only, write-only) and these sign-up units:
/// 1001 MARKETING en-US, 1002 TRANSACTIONAL en-US, 1003 and 1004 MARKETING fr-CA (ambiguous),
/// 1005 MARKETING en-US but not an API unit.
/// </summary>
internal sealed class AttentiveTenant : IDisposable
{
    public const string MarketingUnit = "1001";
    public const string TransactionalUnit = "1002";
    public const string PopupUnit = "1005";

    private AttentiveTenant(SimulatorServer server, string companyId, string token, string readOnlyToken, string writeOnlyToken)
    {
        Server = server;
        CompanyId = companyId;
        Token = token;
        ReadOnlyToken = readOnlyToken;
        WriteOnlyToken = writeOnlyToken;
        Client = server.CreateClient();
    }

    public SimulatorServer Server { get; }

    public AttentiveEngine Engine => Server.GetEngine<AttentiveEngine>();

    public string CompanyId { get; }

    public string Token { get; }

    public string ReadOnlyToken { get; }

    public string WriteOnlyToken { get; }

    public HttpClient Client { get; }

    public IReadOnlyList<OutboxMessage> Outbox => Server.Outbox.List(AttentiveEngine.EngineId, CompanyId);

    public string[] OutboxKinds => Outbox.Select(message => $"{message.Kind}:{message.Channel}:{message.To}").ToArray();

    public static AttentiveTenant Create(SimulatorServer server, string companyName = "Test Shop")
    {
        var engine = server.GetEngine<AttentiveEngine>();
        var companyId = engine.CreateCompany(new AttentiveCompanyDefinition(CompanyName: companyName));
        engine.AddSignUpUnit(companyId, new AttentiveSignUpUnit(MarketingUnit, AttentiveSubscriptionType.Marketing));
        engine.AddSignUpUnit(companyId, new AttentiveSignUpUnit(TransactionalUnit, AttentiveSubscriptionType.Transactional));
        engine.AddSignUpUnit(companyId, new AttentiveSignUpUnit("1003", AttentiveSubscriptionType.Marketing, "fr", "CA"));
        engine.AddSignUpUnit(companyId, new AttentiveSignUpUnit("1004", AttentiveSubscriptionType.Marketing, "fr", "CA"));
        engine.AddSignUpUnit(companyId, new AttentiveSignUpUnit(PopupUnit, AttentiveSubscriptionType.Marketing, IsApi: false));
        return new AttentiveTenant(
            server,
            companyId,
            engine.AddToken(companyId),
            engine.AddToken(companyId, [AttentiveScopes.SubscriptionsRead]),
            engine.AddToken(companyId, [AttentiveScopes.SubscriptionsWrite]));
    }

    /// <summary>The same company and tokens on another server (one that imported the original's state).</summary>
    public static AttentiveTenant Attach(SimulatorServer server, AttentiveTenant original) =>
        new(server, original.CompanyId, original.Token, original.ReadOnlyToken, original.WriteOnlyToken);

    public Task<AttentiveResponse> SubscribeAsync(string json, string? token = null) =>
        SendAsync(HttpMethod.Post, "/attentive/v1/subscriptions", json, token);

    public Task<AttentiveResponse> UnsubscribeAsync(string json, string? token = null) =>
        SendAsync(HttpMethod.Post, "/attentive/v1/subscriptions/unsubscribe", json, token);

    public Task<AttentiveResponse> SetCustomAttributesAsync(string json, string? token = null) =>
        SendAsync(HttpMethod.Post, "/attentive/v1/attributes/custom", json, token);

    public Task<AttentiveResponse> RecordCustomEventAsync(string json, string? token = null) =>
        SendAsync(HttpMethod.Post, "/attentive/v1/events/custom", json, token);

    public Task<AttentiveResponse> IdentifyAsync(string json, string? token = null) =>
        SendAsync(HttpMethod.Post, "/attentive/v1/identity-resolution/user-identifiers", json, token);

    public Task<AttentiveResponse> UpsertUserAsync(string json, string? token = null) =>
        SendAsync(HttpMethod.Post, "/attentive/v2/user/attributes", json, token);

    public Task<AttentiveResponse> SubmitBulkAsync(string json, string? token = null) =>
        SendAsync(HttpMethod.Post, "/attentive/v2/bulk/user/attributes", json, token);

    public Task<AttentiveResponse> BulkJobAsync(string jobId, string? token = null) =>
        SendAsync(HttpMethod.Get, "/attentive/v2/bulk/job/" + Uri.EscapeDataString(jobId), null, token);

    /// <summary>The user a phone names, straight from the store, or null.</summary>
    public AttentiveUserView? UserByPhone(string phone) => Engine.FindUser(CompanyId, AttentiveChannel.Text, phone);

    public AttentiveUserView? UserByEmail(string email) => Engine.FindUser(CompanyId, AttentiveChannel.Email, email);

    /// <param name="query">Already encoded, e.g. "phone=%2B19148440001".</param>
    public Task<AttentiveResponse> EligibilityAsync(string query, string? token = null) =>
        SendAsync(HttpMethod.Get, "/attentive/v1/subscriptions?" + query, null, token);

    public Task<AttentiveResponse> EligibilityByPhoneAsync(string phone) =>
        EligibilityAsync("phone=" + Uri.EscapeDataString(phone));

    public Task<AttentiveResponse> ControlAsync(HttpMethod method, string relativePath, string? json = null) =>
        SendAsync(method, $"/__sim/attentive/tenants/{CompanyId}{relativePath}", json, token: string.Empty);

    /// <param name="token">null: the all-scopes token; empty: no Authorization header.</param>
    public async Task<AttentiveResponse> SendAsync(HttpMethod method, string path, string? json, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        token ??= Token;
        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        return await AttentiveResponse.ReadAsync(response);
    }

    /// <summary>"TYPE/STATE" strings of a phone's TEXT subscriptions, straight from the store.</summary>
    public string[] TextSubscriptions(string phone) =>
        Engine.GetSubscriptions(CompanyId, AttentiveChannel.Text, phone).Select(view => $"{view.Type}/{view.State}").ToArray();

    public string[] EmailSubscriptions(string email) =>
        Engine.GetSubscriptions(CompanyId, AttentiveChannel.Email, email).Select(view => $"{view.Type}/{view.State}").ToArray();

    /// <summary>Sends a request that must be refused with <paramref name="status"/> and change nothing; returns the error message.</summary>
    public async Task<string> AssertRefusedWithoutChangeAsync(Func<Task<AttentiveResponse>> send, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var before = Snapshot();
        var message = (await send()).AssertError(status);
        Assert.Equal(before, Snapshot());
        return message;
    }

    /// <summary>The company's whole stored state plus its outbox size, for "nothing changed" assertions.</summary>
    public string Snapshot()
    {
        var companies = Engine.ExportState()["tenants"]!.AsArray();
        var mine = companies.Single(company => (string?)company!["id"] == CompanyId)!;
        return mine.ToJsonString() + "|outbox=" + Outbox.Count;
    }

    public void Dispose() => Client.Dispose();
}
