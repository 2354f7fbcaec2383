using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Sending SMS and MMS. Reach it through <see cref="MobileTextAlertsClient.Messages"/>.</summary>
public class MobileTextAlertsMessagesClient : SubscriberResourceClient
{
    private readonly MobileTextAlertsApiClient _api;

    internal MobileTextAlertsMessagesClient(ClientCore core, MobileTextAlertsApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsMessagesClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Sends a message to subscribers (by id), phone numbers or emails (new ones become subscribers), group members,
    /// or every subscriber. Each subscriber is messaged once; opted-out numbers and email-only subscribers are counted,
    /// never messaged. Not idempotent: the pipeline retries it only after a 429, never after a failure that may have
    /// reached the provider, since a second attempt would send again.
    /// </summary>
    /// <param name="message">The content and recipients.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The counts of the send (paced at 25 sends per 15 seconds).</returns>
    /// <exception cref="InvalidSubscriberArgumentException">No content, text over the SMS/MMS limit, no recipients, <c>AllSubscribers</c>
    /// with other recipients, or a malformed id, number or email; nothing is sent.</exception>
    /// <exception cref="RequestValidationException">The provider refused the send (an unknown subscriber or group id, a landline); nothing was sent.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsSendResult>> SendAsync(MobileTextAlertsMessage message, CancellationToken cancellationToken = default)
    {
        var body = MobileTextAlertsSendMapper.ToRequest(message, nameof(message), Core.DefaultRegion);
        var call = Core.Call(MobileTextAlertsOperations.Send);
        return call.RunAsync(
            () => _api.V3.Send.PostAsync(body, call.Configure, cancellationToken),
            static r => MobileTextAlertsModelMapper.ToSendResult(ResponseValue.Required(r.Data)));
    }
}
