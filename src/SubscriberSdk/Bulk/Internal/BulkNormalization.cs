namespace SubscriberSdk.Bulk.Internal;

/// <summary>A record made ready to send (normalised, with its natural key), or the reason it cannot be sent.</summary>
internal readonly record struct BulkNormalization<TRecord>(TRecord? Record, string? NaturalKey, string? Error)
{
    public bool IsValid => Error is null;

    public static BulkNormalization<TRecord> Ok(TRecord record, string naturalKey) => new(record, naturalKey, null);

    public static BulkNormalization<TRecord> Reject(string reason) => new(default, null, reason);
}
