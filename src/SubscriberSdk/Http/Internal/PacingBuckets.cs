namespace SubscriberSdk.Http.Internal;

/// <summary>Names of the rate-limit buckets operations draw permits from.</summary>
internal static class PacingBuckets
{
    public const string Default = "default";

    public const string Subscribe = "subscribe";

    public const string Unsubscribe = "unsubscribe";
}
