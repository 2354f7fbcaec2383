namespace SubscriberSdk.Http.Internal;

/// <summary>Names of the rate-limit buckets operations draw permits from.</summary>
internal static class PacingBuckets
{
    public const string Default = "default";

    public const string Subscribe = "subscribe";

    public const string Unsubscribe = "unsubscribe";

    /// <summary>Attentive's identity resolution (10 per second).</summary>
    public const string Identity = "identity";

    /// <summary>Attentive's v2 bulk job submission and status (100 per second).</summary>
    public const string BulkJobs = "bulk-jobs";
}
