namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>
/// The providers' documented limits (DESIGN.md section 5) and the bucket names engines pass to
/// <see cref="RateLimiter.TryAcquire"/>. Essential documents none, so it has no default.
/// </summary>
public static class RateLimitDefaults
{
    /// <summary>
    /// MTA endpoints under the general limit (groups, unsubscribes, custom fields other than the list,
    /// API key check): they share one window per account, as the provider counts them together.
    /// </summary>
    public const string MtaGeneral = "general";

    /// <summary>MTA subscriber endpoints: GET/POST /subscribers, GET/PATCH/DELETE /subscribers/{idOrNumber}, POST/PATCH /subscribers/bulk.</summary>
    public const string MtaSubscribers = "subscribers";

    /// <summary>MTA POST /groups/{groupId}/subscribers/bulk-create and bulk-delete.</summary>
    public const string MtaGroupBulk = "group-bulk";

    /// <summary>MTA GET /custom-fields (the list only; getting or creating one field uses the general limit).</summary>
    public const string MtaCustomFieldsList = "custom-fields-list";

    /// <summary>MTA POST /send.</summary>
    public const string MtaSend = "send";

    /// <summary>Attentive POST /v1/subscriptions.</summary>
    public const string AttentiveSubscribe = "subscribe";

    /// <summary>Attentive unsubscribe.</summary>
    public const string AttentiveUnsubscribe = "unsubscribe";

    /// <summary>Attentive identity endpoints.</summary>
    public const string AttentiveIdentity = "identity";

    /// <summary>Attentive v2 POST /v2/bulk/user/attributes.</summary>
    public const string AttentiveBulkUserAttributes = "bulk-user-attributes";

    /// <summary>Attentive v2 GET /v2/bulk/job/{bulkJobId}.</summary>
    public const string AttentiveBulkJobStatus = "bulk-job-status";

    public static void Apply(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fifteenSeconds = TimeSpan.FromSeconds(15);
        var oneSecond = TimeSpan.FromSeconds(1);

        // MTA: the general limit is 30/min per IP; the simulator counts it per account.
        options.Set("mta", RateLimitOptions.AnyBucket, new RateLimitRule(30, TimeSpan.FromMinutes(1)));
        options.Set("mta", MtaSubscribers, new RateLimitRule(15, fifteenSeconds));
        options.Set("mta", MtaGroupBulk, new RateLimitRule(5, fifteenSeconds));
        options.Set("mta", MtaSend, new RateLimitRule(25, fifteenSeconds));
        options.Set("mta", MtaCustomFieldsList, new RateLimitRule(15, fifteenSeconds));

        // Attentive: per access token, per endpoint; engines pass the endpoint as the bucket.
        options.Set("attentive", RateLimitOptions.AnyBucket, new RateLimitRule(150, oneSecond));
        options.Set("attentive", AttentiveSubscribe, new RateLimitRule(10, oneSecond));
        options.Set("attentive", AttentiveUnsubscribe, new RateLimitRule(5, oneSecond));
        options.Set("attentive", AttentiveIdentity, new RateLimitRule(10, oneSecond));
        options.Set("attentive", AttentiveBulkUserAttributes, new RateLimitRule(100, oneSecond));
        options.Set("attentive", AttentiveBulkJobStatus, new RateLimitRule(100, oneSecond));

        // Sequenzy: 100 per minute per key, with bursts of at most 20 per second.
        options.Set("sequenzy", RateLimitOptions.AnyBucket, new RateLimitRule(100, TimeSpan.FromMinutes(1)), new RateLimitRule(20, oneSecond));
    }
}
