using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Api;
using SubscriberSdk.MobileTextAlerts.Api.Models;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>The Mobile Text Alerts opt-out list. Reach it through <see cref="MobileTextAlertsClient.Unsubscribes"/>.</summary>
public class MobileTextAlertsUnsubscribesClient
{
    private readonly ClientCore _core;
    private readonly MobileTextAlertsApiClient _api;

    internal MobileTextAlertsUnsubscribesClient(ClientCore core, MobileTextAlertsApiClient api)
    {
        _core = core;
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsUnsubscribesClient()
    {
        _core = null!;
        _api = null!;
    }

    /// <summary>Opts a phone number out of all messages from the account.</summary>
    public virtual Task<SubscriberResponse<UpsertResult<string>>> UnsubscribeAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        var body = new CreateUnsubscribeRequest { Number = PhoneRules.E164(Guard.Required(phoneNumber, nameof(phoneNumber), "phoneNumber"), nameof(phoneNumber)) };
        var call = _core.Call(MobileTextAlertsOperations.Unsubscribe);
        return call.RunAsync(
            () => _api.V3.Unsubscribes.PostAsync(body, call.Configure, cancellationToken),
            static (r, _) => new UpsertResult<string>(r?.Message, OperationOutcome.Removed));
    }

    /// <summary>Whether a phone number is on the opt-out list.</summary>
    public virtual Task<SubscriberResponse<bool>> IsUnsubscribedAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        var number = PhoneRules.E164(Guard.Required(phoneNumber, nameof(phoneNumber), "phoneNumber"), nameof(phoneNumber))!;
        var call = _core.Call(MobileTextAlertsOperations.UnsubscribeStatus);
        return call.RunAsync(() => _api.V3.Unsubscribes[number].GetAsync(call.Configure, cancellationToken), static (r, _) => r?.Data?.Unsubscribed ?? false);
    }
}
