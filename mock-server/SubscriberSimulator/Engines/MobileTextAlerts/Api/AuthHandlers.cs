using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary><c>GET /v3/auth/verify-api-key</c>: the pipeline already checked the key, so reaching here means it is valid.</summary>
internal static class AuthHandlers
{
    public static ProviderResponse VerifyApiKey(ProviderCall<MtaAccount> call) => MtaJson.Envelope("API Key verified");
}
