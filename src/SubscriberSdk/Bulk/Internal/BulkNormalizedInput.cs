namespace SubscriberSdk.Bulk.Internal;

/// <summary>One input record after normalisation: the sender's outcome, its canonical form when valid, or a null input record.</summary>
internal readonly record struct BulkNormalizedInput<TRecord>(BulkNormalization<TRecord> Result, string? Canonical, bool IsNull);
