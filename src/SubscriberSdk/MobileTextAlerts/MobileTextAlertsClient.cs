using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Api;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>
/// Client for the Mobile Text Alerts API v3 (subscribers, bulk, unsubscribes, groups, custom fields, API key check).
/// Immutable and thread-safe; every client with the same API key shares one pacer (15 requests per 15 s).
/// </summary>
public class MobileTextAlertsClient : SubscriberClientBase
{
    /// <summary>Creates a client from <paramref name="options"/> (validated and copied here).</summary>
    public MobileTextAlertsClient(MobileTextAlertsClientOptions options)
        : this(options, null)
    {
    }

    internal MobileTextAlertsClient(MobileTextAlertsClientOptions options, HttpClient? httpClient)
        : base(CreateCore(options, httpClient))
    {
        var core = Core!;
        Generated = new MobileTextAlertsApiClient(core.Adapter);
        Subscribers = new MobileTextAlertsSubscribersClient(core, Generated);
        Unsubscribes = new MobileTextAlertsUnsubscribesClient(core, Generated);
        Groups = new MobileTextAlertsGroupsClient(core, Generated);
        CustomFields = new MobileTextAlertsCustomFieldsClient(core, Generated);
        Account = new MobileTextAlertsAccountClient(core, Generated);
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsClient()
    {
        Generated = null!;
        Subscribers = null!;
        Unsubscribes = null!;
        Groups = null!;
        CustomFields = null!;
        Account = null!;
    }

    /// <summary>Subscribers, single and bulk.</summary>
    public virtual MobileTextAlertsSubscribersClient Subscribers { get; }

    /// <summary>The account's unsubscribe (opt-out) list.</summary>
    public virtual MobileTextAlertsUnsubscribesClient Unsubscribes { get; }

    /// <summary>Groups.</summary>
    public virtual MobileTextAlertsGroupsClient Groups { get; }

    /// <summary>Custom fields.</summary>
    public virtual MobileTextAlertsCustomFieldsClient CustomFields { get; }

    /// <summary>The account behind the API key (key verification).</summary>
    public virtual MobileTextAlertsAccountClient Account { get; }

    /// <summary>The generated client over the same pipeline, for anything the facade does not cover. POSTs sent through it are never retried.</summary>
    public virtual MobileTextAlertsApiClient Generated { get; }

    private static ClientCore CreateCore(MobileTextAlertsClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ClientCore(options, HeaderAuthenticationProvider.Bearer(options.ApiKey!), httpClient);
    }
}
