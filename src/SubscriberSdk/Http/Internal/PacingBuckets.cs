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

    /// <summary>Mobile Text Alerts' general limit (30 per minute), for endpoints without an account override; its Default is the subscriber window.</summary>
    public const string General = "general";

    /// <summary>Mobile Text Alerts' group bulk-create and bulk-delete (5 per 15 seconds, shared).</summary>
    public const string GroupBulk = "group-bulk";

    /// <summary>Mobile Text Alerts' send (25 per 15 seconds).</summary>
    public const string Send = "send";
}
