namespace SubscriberSdk.Bulk;

/// <summary>What a checkpoint belongs to: the run and a fingerprint of its normalised input and settings.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Provider">The provider the run writes to.</param>
/// <param name="InputFingerprint">SHA-256 (hex) over the normalised records, chunk size and write mode; a different input gives a different value.</param>
/// <param name="RecordCount">Input records.</param>
/// <param name="ChunkCount">Chunks in the run.</param>
public sealed record BulkRunManifest(string RunId, string Provider, string InputFingerprint, int RecordCount, int ChunkCount);
