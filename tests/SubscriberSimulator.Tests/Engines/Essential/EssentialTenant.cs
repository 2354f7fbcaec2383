using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

/// <summary>
/// One fresh Essential account with one channel on a simulator, and a client authenticated as it.
/// Every test makes its own, so tests sharing a server never see each other's data.
/// </summary>
internal sealed class EssentialTenant : IDisposable
{
    private EssentialTenant(SimulatorServer server, EssentialAccountCredentials credentials, string channelSid)
    {
        Server = server;
        Credentials = credentials;
        ChannelSid = channelSid;
        Client = server.CreateClient();
        Client.DefaultRequestHeaders.Authorization = BasicAuth(credentials.AccountSid, credentials.AuthToken);
    }

    public SimulatorServer Server { get; }

    public EssentialEngine Engine => Server.GetEngine<EssentialEngine>();

    public EssentialAccountCredentials Credentials { get; }

    public string AccountSid => Credentials.AccountSid;

    public string ChannelSid { get; }

    public HttpClient Client { get; }

    public string UpsertPath => $"/essential/v2/account/channels/{ChannelSid}/subscribers/upsert";

    public IReadOnlyList<OutboxMessage> Outbox => Server.Outbox.List("essential", AccountSid);

    public static EssentialTenant Create(SimulatorServer server, string? welcomeMessage = EssentialChannelDefinition.DefaultWelcomeMessage)
    {
        var engine = server.GetEngine<EssentialEngine>();
        var credentials = engine.CreateAccount();
        var channel = engine.AddChannel(credentials.AccountSid, new EssentialChannelDefinition { Name = "Main", WelcomeMessage = welcomeMessage });
        return new EssentialTenant(server, credentials, channel);
    }

    /// <summary>A client for an account that already exists on <paramref name="server"/> (e.g. imported from a state file).</summary>
    public static EssentialTenant Attach(SimulatorServer server, EssentialAccountCredentials credentials, string channelSid) =>
        new(server, credentials, channelSid);

    public static AuthenticationHeaderValue BasicAuth(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    public Task<EssentialResponse> UpsertAsync(string json) => SendAsync(HttpMethod.Post, UpsertPath, json);

    public async Task<EssentialResponse> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        return await EssentialResponse.ReadAsync(response);
    }

    public string SubscriberSid(string phone10)
    {
        foreach (var subscriber in Engine.ListSubscribers(AccountSid))
        {
            if ((string?)subscriber["phone_number"] == phone10)
            {
                return (string)subscriber["sid"]!;
            }
        }

        throw new InvalidOperationException("No such subscriber in the test tenant.");
    }

    /// <summary>The whole observable store of the tenant, for "nothing changed" assertions.</summary>
    public string Snapshot() =>
        JsonSerializer.Serialize(Engine.ListSubscribers(AccountSid)) + "|" + Outbox.Count + "|" + Engine.ListWorkflowExecutions(AccountSid).Count;

    public void Dispose() => Client.Dispose();
}
