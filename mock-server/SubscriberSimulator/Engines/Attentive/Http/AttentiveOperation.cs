using SubscriberSimulator.Core.RateLimiting;

namespace SubscriberSimulator.Engines.Attentive.Http;

/// <summary>What the pipeline needs to know about one operation of openapi/attentive.json.</summary>
/// <param name="Bucket">Rate-limit bucket: Attentive limits per token and per endpoint.</param>
/// <param name="Scope">The OAuth scope the token must carry, or null (GET /v1/me).</param>
internal sealed record AttentiveOperation(string OperationId, string Bucket, string? Scope, bool HasBody)
{
    public static AttentiveOperation Subscribe { get; } = new("addSubscriptions", RateLimitDefaults.AttentiveSubscribe, AttentiveScopes.SubscriptionsWrite, true);

    public static AttentiveOperation Unsubscribe { get; } = new("unsubscribeSubscriptions", RateLimitDefaults.AttentiveUnsubscribe, AttentiveScopes.SubscriptionsWrite, true);

    public static AttentiveOperation Eligibility { get; } = new("getSubscriptions", "getSubscriptions", AttentiveScopes.SubscriptionsRead, false);

    public static AttentiveOperation Me { get; } = new("getMe", "getMe", null, false);
}
