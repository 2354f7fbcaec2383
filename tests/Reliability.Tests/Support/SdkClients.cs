using Microsoft.Extensions.Logging;
using SubscriberSdk;
using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSimulator;

namespace Reliability.Tests.Support;

/// <summary>SDK clients for one tenant on a loopback simulator: pacing off, quick retries, optional logging.</summary>
internal static class SdkClients
{
    public static EssentialClient Essential(SimulatorServer server, ProviderTenant tenant, ILoggerFactory? logging = null) =>
        new(Configure(new EssentialClientOptions { AccountSid = tenant.EssentialAccountSid, AuthToken = tenant.EssentialToken }, server, "essential", logging));

    public static MobileTextAlertsClient MobileTextAlerts(SimulatorServer server, ProviderTenant tenant, ILoggerFactory? logging = null) =>
        new(Configure(new MobileTextAlertsClientOptions { ApiKey = tenant.MtaApiKey }, server, "mta", logging));

    public static SequenzyClient Sequenzy(SimulatorServer server, ProviderTenant tenant, ILoggerFactory? logging = null) =>
        SequenzyWithKey(server, tenant.SequenzyApiKey, logging);

    public static SequenzyClient SequenzyWithKey(SimulatorServer server, string apiKey, ILoggerFactory? logging = null) =>
        new(Configure(new SequenzyClientOptions { ApiKey = apiKey }, server, "sequenzy", logging));

    public static AttentiveClient Attentive(SimulatorServer server, ProviderTenant tenant, ILoggerFactory? logging = null)
    {
        var options = Configure(new AttentiveClientOptions { AccessToken = tenant.AttentiveToken }, server, "attentive", logging);
        options.SubscribePacing = PacingOptions.Disabled();
        options.UnsubscribePacing = PacingOptions.Disabled();
        return new AttentiveClient(options);
    }

    private static T Configure<T>(T options, SimulatorServer server, string prefix, ILoggerFactory? logging)
        where T : SubscriberClientOptions
    {
        options.BaseAddress = new Uri(server.BaseAddress, prefix);
        options.Pacing = PacingOptions.Disabled();
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.Timeout = TimeSpan.FromSeconds(30);
        options.LoggerFactory = logging;
        return options;
    }
}
