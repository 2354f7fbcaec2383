namespace SubscriberSdk.Bulk.Internal;

/// <summary>What a sender learnt from one chunk: one result per record (chunk order), attempts, and the rate-limit window.</summary>
internal sealed record BulkChunkOutcome(IReadOnlyList<BulkRecordResult> Records, int Attempts, BulkRateLimitState? RateLimit);
