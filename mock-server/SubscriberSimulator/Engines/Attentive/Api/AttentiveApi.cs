using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>
/// Attentive's v1 and v2 routes (relative to /attentive), each with its operationId in
/// openapi/attentive.json, its scope and its handler. Attentive limits per endpoint, so each route
/// names its own bucket (subscribe 10/s, unsubscribe 5/s, identity 10/s, v2 bulk and job status
/// 100/s, the others 150/s each: RateLimitDefaults). A scope of several words needs each of them.
/// </summary>
internal sealed class AttentiveApi : IEngineApi<AttentiveCompany>
{
    private const string UserAttributesScopes = AttentiveScopes.AttributesWrite + " " + AttentiveScopes.SubscriptionsWrite;

    public void Map(ApiRoutes<AttentiveCompany> routes) => routes
        .Post("/v1/subscriptions", "addSubscriptions", SubscriptionHandlers.Subscribe,
            bucket: RateLimitDefaults.AttentiveSubscribe, scope: AttentiveScopes.SubscriptionsWrite)
        .Get("/v1/subscriptions", "getSubscriptions", SubscriptionHandlers.Eligibility,
            bucket: "getSubscriptions", scope: AttentiveScopes.SubscriptionsRead)
        .Post("/v1/subscriptions/unsubscribe", "unsubscribeSubscriptions", SubscriptionHandlers.Unsubscribe,
            bucket: RateLimitDefaults.AttentiveUnsubscribe, scope: AttentiveScopes.SubscriptionsWrite)
        .Get("/v1/me", "getMe", MeHandlers.Get, bucket: "getMe")
        .Post("/v1/attributes/custom", "postCustomAttributes", UserHandlers.SetCustomAttributes,
            bucket: "postCustomAttributes", scope: AttentiveScopes.AttributesWrite)
        .Post("/v1/events/custom", "postCustomEvents", UserHandlers.RecordCustomEvent,
            bucket: "postCustomEvents", scope: AttentiveScopes.EventsWrite)
        .Post("/v1/identity-resolution/user-identifiers", "identify", UserHandlers.Identify,
            bucket: RateLimitDefaults.AttentiveIdentity, scope: AttentiveScopes.IdentityWrite)
        .Post("/v2/user/attributes", "postUserAttributes", UserHandlers.UpsertUser,
            bucket: "postUserAttributes", scope: UserAttributesScopes)
        .Post("/v2/bulk/user/attributes", "postBulkUserAttributes", BulkJobHandlers.Submit,
            bucket: RateLimitDefaults.AttentiveBulkUserAttributes, scope: UserAttributesScopes)
        .Get("/v2/bulk/job/{bulkJobId}", "getBulkJobStatus", BulkJobHandlers.Get,
            bucket: RateLimitDefaults.AttentiveBulkJobStatus);
}
