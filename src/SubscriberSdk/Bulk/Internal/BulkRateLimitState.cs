namespace SubscriberSdk.Bulk.Internal;

/// <summary>The provider's rate-limit window as its last response described it.</summary>
internal readonly record struct BulkRateLimitState(int Remaining, DateTimeOffset ResetAt);
