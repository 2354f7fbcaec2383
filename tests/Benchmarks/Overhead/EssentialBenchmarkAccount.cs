using System.Net.Http.Headers;
using System.Text;
using SubscriberSimulator;
using SubscriberSimulator.Engines.Essential;

namespace Benchmarks.Overhead;

/// <summary>
/// An in-memory simulator (journal and rate limits off) with one Essential account and channel: the
/// setting every overhead benchmark measures against, so their rows are comparable.
/// </summary>
public sealed class EssentialBenchmarkAccount : IDisposable
{
    public EssentialBenchmarkAccount()
    {
        var options = new SimulatorOptions { JournalCapacity = 0, MaxSubscribersPerTenant = int.MaxValue };
        options.RateLimits.Enabled = false;
        Server = SimulatorServer.CreateInMemory(options);
        var engine = Server.GetEngine<EssentialEngine>();
        var account = engine.CreateAccount();
        AccountSid = account.AccountSid;
        AuthToken = account.AuthToken;
        ChannelSid = engine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Bench" });
        UpsertPath = $"essential/v2/account/channels/{ChannelSid}/subscribers/upsert";
        Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(AccountSid + ":" + AuthToken)));
    }

    public SimulatorServer Server { get; }

    public string AccountSid { get; }

    public string AuthToken { get; }

    public string ChannelSid { get; }

    /// <summary>The upsert path relative to <see cref="SimulatorServer.BaseAddress"/>.</summary>
    public string UpsertPath { get; }

    /// <summary>The Basic credentials a hand-written caller sends.</summary>
    public AuthenticationHeaderValue Authorization { get; }

    /// <summary>An HttpClient over <paramref name="handler"/> (default: a new in-memory handler) that sends the account's credentials.</summary>
    public HttpClient HandWrittenClient(HttpMessageHandler? handler = null)
    {
        var client = new HttpClient(handler ?? Server.CreateHandler()) { BaseAddress = Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = Authorization;
        return client;
    }

    public void Dispose() => Server.Dispose();
}
