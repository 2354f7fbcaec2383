using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>
/// Client for the Mobile Text Alerts API v3 (subscribers, bulk, unsubscribes, groups and their members, custom fields,
/// sending, API key check). Immutable and thread-safe; every client with the same API key shares its pacers (15 requests
/// per 15 s on subscriber endpoints, 30 per minute on general ones, 5 per 15 s on group bulk calls, 25 per 15 s on send).
/// </summary>
public class MobileTextAlertsClient : SubscriberClientBase
{
    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public MobileTextAlertsClient(MobileTextAlertsClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>Creates a client for the common case: the account's API key, every other option at its default.</summary>
    public MobileTextAlertsClient(string apiKey)
        : this(new MobileTextAlertsClientOptions { ApiKey = apiKey })
    {
    }

    /// <summary>Creates a client with the account's API key, sending to <paramref name="baseAddress"/> (a simulator, a proxy) instead of the provider.</summary>
    public MobileTextAlertsClient(string apiKey, Uri baseAddress)
        : this(new MobileTextAlertsClientOptions { ApiKey = apiKey, BaseAddress = baseAddress ?? throw new ArgumentNullException(nameof(baseAddress)) })
    {
    }

    internal MobileTextAlertsClient(MobileTextAlertsClientOptions options, HttpClient? httpClient)
        : base(CreateCore(options, httpClient))
    {
        var core = Core!;
        var api = new MobileTextAlertsApiClient(core.Adapter);
        Subscribers = new MobileTextAlertsSubscribersClient(core, api);
        Unsubscribes = new MobileTextAlertsUnsubscribesClient(core, api);
        Groups = new MobileTextAlertsGroupsClient(core, api);
        CustomFields = new MobileTextAlertsCustomFieldsClient(core, api);
        Messages = new MobileTextAlertsMessagesClient(core, api);
        Account = new MobileTextAlertsAccountClient(core, api);
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsClient()
    {
        Subscribers = null!;
        Unsubscribes = null!;
        Groups = null!;
        CustomFields = null!;
        Messages = null!;
        Account = null!;
    }

    /// <summary>Subscribers, single and bulk.</summary>
    public virtual MobileTextAlertsSubscribersClient Subscribers { get; }

    /// <summary>The account's unsubscribe (opt-out) list.</summary>
    public virtual MobileTextAlertsUnsubscribesClient Unsubscribes { get; }

    /// <summary>Groups, their members and member counts.</summary>
    public virtual MobileTextAlertsGroupsClient Groups { get; }

    /// <summary>Custom fields.</summary>
    public virtual MobileTextAlertsCustomFieldsClient CustomFields { get; }

    /// <summary>Sending SMS and MMS.</summary>
    public virtual MobileTextAlertsMessagesClient Messages { get; }

    /// <summary>The account behind the API key (key verification).</summary>
    public virtual MobileTextAlertsAccountClient Account { get; }

    private static ClientCore CreateCore(MobileTextAlertsClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.ApiKey!), httpClient, MobileTextAlertsJsonContext.Models);
    }
}
