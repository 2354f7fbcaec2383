namespace SubscriberSdk.Bulk.Internal;

/// <summary>A normalised, de-duplicated input record with its position in the input and its canonical content.</summary>
internal sealed record BulkPreparedRecord<TRecord>(int InputIndex, TRecord Record, string NaturalKey, string Canonical);
