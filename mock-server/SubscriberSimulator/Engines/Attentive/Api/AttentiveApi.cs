using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>
/// Attentive's v1 routes (relative to /attentive), each with its operationId in openapi/attentive.json,
/// its scope and its handler. Attentive limits per endpoint, so each route names its own bucket
/// (subscribe 10/s, unsubscribe 5/s, the others 150/s each: RateLimitDefaults).
/// </summary>
internal sealed class AttentiveApi : IEngineApi<AttentiveCompany>
{
    public void Map(ApiRoutes<AttentiveCompany> routes) => routes
        .Post("/v1/subscriptions", "addSubscriptions", SubscriptionHandlers.Subscribe,
            bucket: RateLimitDefaults.AttentiveSubscribe, scope: AttentiveScopes.SubscriptionsWrite)
        .Get("/v1/subscriptions", "getSubscriptions", SubscriptionHandlers.Eligibility,
            bucket: "getSubscriptions", scope: AttentiveScopes.SubscriptionsRead)
        .Post("/v1/subscriptions/unsubscribe", "unsubscribeSubscriptions", SubscriptionHandlers.Unsubscribe,
            bucket: RateLimitDefaults.AttentiveUnsubscribe, scope: AttentiveScopes.SubscriptionsWrite)
        .Get("/v1/me", "getMe", MeHandlers.Get, bucket: "getMe");
}
