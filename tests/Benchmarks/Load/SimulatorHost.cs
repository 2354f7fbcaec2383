using SubscriberSimulator;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace Benchmarks.Load;

/// <summary>The simulator on Kestrel (127.0.0.1, port 0) with rate limits off, plus one tenant per provider used by the load.</summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private SimulatorHost(SimulatorServer server)
    {
        Server = server;
        var essential = server.GetEngine<EssentialEngine>();
        var account = essential.CreateAccount();
        EssentialAccountSid = account.AccountSid;
        EssentialAuthorization = "Basic " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(account.AccountSid + ":" + account.AuthToken));
        EssentialAuthToken = account.AuthToken;
        EssentialChannelSid = essential.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Load" });
        MtaApiKey = server.GetEngine<MobileTextAlertsEngine>().CreateAccount().ApiKey;
    }

    public SimulatorServer Server { get; }

    public string EssentialAccountSid { get; }

    public string EssentialAuthToken { get; }

    public string EssentialAuthorization { get; }

    public string EssentialChannelSid { get; }

    public string MtaApiKey { get; }

    public string EssentialUpsertPath => $"essential/v2/account/channels/{EssentialChannelSid}/subscribers/upsert";

    public static async Task<SimulatorHost> StartAsync()
    {
        var options = new SimulatorOptions();
        options.RateLimits.Enabled = false;

        // The scale scenarios fill a million subscribers into one tenant: far past the test default.
        options.MaxSubscribersPerTenant = int.MaxValue;
        return new SimulatorHost(await SimulatorServer.StartAsync(options).ConfigureAwait(false));
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
