using SubscriberSdk.Attentive.Api;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>
/// Client for Attentive's API v1 (subscriptions and the calling app). Immutable and thread-safe; clients
/// with the same token share one pacer per endpoint family.
/// </summary>
public class AttentiveClient : SubscriberClientBase
{
    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public AttentiveClient(AttentiveClientOptions options)
        : this(options, null)
    {
    }

    internal AttentiveClient(AttentiveClientOptions options, HttpClient? httpClient)
        : base(CreateCore(options, httpClient))
    {
        var core = Core!;
        Generated = new AttentiveApiClient(core.Adapter);
        Subscriptions = new AttentiveSubscriptionsClient(core, Generated);
        Account = new AttentiveAccountClient(core, Generated);
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveClient()
    {
        Generated = null!;
        Subscriptions = null!;
        Account = null!;
    }

    /// <summary>Subscriptions: opt in, opt out, read eligibility.</summary>
    public virtual AttentiveSubscriptionsClient Subscriptions { get; }

    /// <summary>The calling app and its company.</summary>
    public virtual AttentiveAccountClient Account { get; }

    /// <summary>The generated client over the same pipeline, for anything the facade does not cover. POSTs sent through it are never retried.</summary>
    public virtual AttentiveApiClient Generated { get; }

    private static ClientCore CreateCore(AttentiveClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.AccessToken!), httpClient);
    }
}
