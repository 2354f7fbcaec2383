namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// The provider-specific half of a bulk run: how a record is normalised and identified, and how a chunk
/// is written. Everything else (de-duplication, chunking, keys, checkpoints, progress) is the engine's.
/// </summary>
internal interface IBulkChunkSender<TRecord>
{
    string ProviderName { get; }

    /// <summary>The most records the provider accepts in one request (1 for providers written one call at a time).</summary>
    int MaxChunkSize { get; }

    /// <summary>Normalises one record (never throws for bad data: returns a rejection with the reason). Called from several threads at once, like <see cref="Canonical"/>: both must be pure.</summary>
    BulkNormalization<TRecord> Normalize(TRecord record, BulkOptions options);

    /// <summary>The normalised record as a stable string, for chunk keys and the input fingerprint.</summary>
    string Canonical(TRecord record);

    /// <summary>
    /// Writes a chunk. Returns per-record outcomes; throws <see cref="SubscriberApiException"/> when the
    /// request failed as a whole (the engine then fails the chunk's records with that reason).
    /// </summary>
    Task<BulkChunkOutcome> SendAsync(BulkChunk<TRecord> chunk, CancellationToken cancellationToken);
}
