using SubscriberSdk.Attentive.Generated;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>
/// Client for Attentive's API v1 (subscriptions, users' custom attributes, custom events, identity
/// resolution and the calling app) and v2 (users with attributes and subscriptions, one by one or in bulk jobs). Immutable and thread-safe; clients
/// with the same token share one pacer per endpoint family.
/// </summary>
public class AttentiveClient : SubscriberClientBase
{
    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public AttentiveClient(AttentiveClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>Creates a client for the common case: the application's access token, every other option at its default.</summary>
    public AttentiveClient(string accessToken)
        : this(new AttentiveClientOptions { AccessToken = accessToken })
    {
    }

    /// <summary>Creates a client with the application's access token, sending to <paramref name="baseAddress"/> (a simulator, a proxy) instead of the provider.</summary>
    public AttentiveClient(string accessToken, Uri baseAddress)
        : this(new AttentiveClientOptions { AccessToken = accessToken, BaseAddress = baseAddress ?? throw new ArgumentNullException(nameof(baseAddress)) })
    {
    }

    internal AttentiveClient(AttentiveClientOptions options, HttpClient? httpClient)
        : base(CreateCore(options, httpClient))
    {
        var core = Core!;
        var api = new AttentiveApiClient(core.Adapter);
        Subscriptions = new AttentiveSubscriptionsClient(core, api);
        Account = new AttentiveAccountClient(core, api);
        Users = new AttentiveUsersClient(core, api);
        Events = new AttentiveEventsClient(core, api);
        BulkJobs = new AttentiveBulkJobsClient(core, api);
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveClient()
    {
        Subscriptions = null!;
        Account = null!;
        Users = null!;
        Events = null!;
        BulkJobs = null!;
    }

    /// <summary>Subscriptions: opt in, opt out, read eligibility.</summary>
    public virtual AttentiveSubscriptionsClient Subscriptions { get; }

    /// <summary>The calling app and its company.</summary>
    public virtual AttentiveAccountClient Account { get; }

    /// <summary>Users: custom attributes, identity resolution, and create-or-update with attributes and subscriptions (v2).</summary>
    public virtual AttentiveUsersClient Users { get; }

    /// <summary>Custom events.</summary>
    public virtual AttentiveEventsClient Events { get; }

    /// <summary>v2 bulk jobs of user records, and their status.</summary>
    public virtual AttentiveBulkJobsClient BulkJobs { get; }

    private static ClientCore CreateCore(AttentiveClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.AccessToken!), httpClient);
    }
}
