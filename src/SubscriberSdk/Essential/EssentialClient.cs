using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>
/// Client for Essential's subscriber API v2. Immutable and thread-safe: create one per set of credentials
/// and reuse it. Every call goes through the SDK's pipeline (timeouts, retry, circuit breaker, pacing).
/// </summary>
public class EssentialClient : SubscriberClientBase
{
    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public EssentialClient(EssentialClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>Creates a client for the common case: the account SID and auth token, every other option at its default.</summary>
    public EssentialClient(string accountSid, string authToken)
        : this(new EssentialClientOptions { AccountSid = accountSid, AuthToken = authToken })
    {
    }

    /// <summary>Creates a client with the account SID and auth token, sending to <paramref name="baseAddress"/> (a simulator, a proxy) instead of the provider.</summary>
    public EssentialClient(string accountSid, string authToken, Uri baseAddress)
        : this(new EssentialClientOptions { AccountSid = accountSid, AuthToken = authToken, BaseAddress = baseAddress ?? throw new ArgumentNullException(nameof(baseAddress)) })
    {
    }

    internal EssentialClient(EssentialClientOptions options, HttpClient? httpClient)
        : base(CreateCore(options, httpClient))
    {
        var core = Core!;
        GeneratedApi = new EssentialApiClient(core.Adapter);
        Subscribers = new EssentialSubscribersClient(core, GeneratedApi);
        Tags = new EssentialTagsClient(core, GeneratedApi);
        WelcomeSeries = new EssentialWelcomeSeriesClient(core, GeneratedApi);
        Channels = new EssentialChannelsClient(core, GeneratedApi);
        Transports = new EssentialTransportsClient(core, GeneratedApi);
        Campaigns = new EssentialCampaignsClient(core, GeneratedApi);
        Messages = new EssentialMessagesClient(core, GeneratedApi);
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialClient()
    {
        GeneratedApi = null!;
        Subscribers = null!;
        Tags = null!;
        WelcomeSeries = null!;
        Channels = null!;
        Transports = null!;
        Campaigns = null!;
        Messages = null!;
    }

    /// <summary>Subscribers: upsert with welcome, create, get, list, update, unsubscribe, start a workflow.</summary>
    public virtual EssentialSubscribersClient Subscribers { get; }

    /// <summary>Tags: create, list one channel's, list the account's.</summary>
    public virtual EssentialTagsClient Tags { get; }

    /// <summary>Welcome series.</summary>
    public virtual EssentialWelcomeSeriesClient WelcomeSeries { get; }

    /// <summary>Channels: list, get (read-only).</summary>
    public virtual EssentialChannelsClient Channels { get; }

    /// <summary>Transports, the numbers and short codes that carry messages: list (read-only).</summary>
    public virtual EssentialTransportsClient Transports { get; }

    /// <summary>Campaigns: list (read-only).</summary>
    public virtual EssentialCampaignsClient Campaigns { get; }

    /// <summary>Messages: send to a subscribed subscriber (by channel and number or SID, or by SID), search.</summary>
    public virtual EssentialMessagesClient Messages { get; }

    /// <summary>The generated client over this client's pipeline; internal (the benchmarks measure the facade against it).</summary>
    internal EssentialApiClient GeneratedApi { get; }

    private static ClientCore CreateCore(EssentialClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ClientCore(options, HeaderAuthenticationProvider.Basic(options.AccountSid!, options.AuthToken!), httpClient, EssentialJsonContext.Models);
    }
}
