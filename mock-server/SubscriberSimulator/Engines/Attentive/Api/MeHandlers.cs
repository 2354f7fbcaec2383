using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>GET /v1/me: the company and application the token belongs to (needs no scope).</summary>
internal static class MeHandlers
{
    public static ProviderResponse Get(ProviderCall<AttentiveCompany> call) => AttentiveJson.MeResponse(call.Tenant);
}
