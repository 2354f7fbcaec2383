using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>The account behind the API key. Reach it through <see cref="MobileTextAlertsClient.Account"/>.</summary>
public class MobileTextAlertsAccountClient : SubscriberResourceClient
{
    private readonly MobileTextAlertsApiClient _api;

    internal MobileTextAlertsAccountClient(ClientCore core, MobileTextAlertsApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsAccountClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Checks the API key (a cheap way to test credentials before real work). A valid key succeeds with the
    /// provider's confirmation message, e.g. "API Key verified".
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="AuthenticationFailedException">The API key was refused.</exception>
    public virtual Task<SubscriberResponse<string>> VerifyApiKeyAsync(CancellationToken cancellationToken = default)
    {
        var call = Core.Call(MobileTextAlertsOperations.VerifyApiKey);
        return call.RunAsync(() => _api.V3.Auth.VerifyApiKey.GetAsync(call.Configure, cancellationToken), static r => r.Message ?? string.Empty);
    }
}
