using SubscriberSdk.Bulk;

namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Sequenzy-specific settings of a bulk import: the import-wide fields (Sequenzy's import endpoint has no
/// per-record lists, consent or duplicate strategy) and how the run polls each chunk's import.
/// </summary>
public sealed class SequenzyBulkImportOptions
{
    /// <summary>Wait between two status reads of a chunk's running import, on <see cref="BulkOptions.TimeProvider"/>. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a chunk's import may stay running before the chunk is failed as retriable and left out of
    /// the checkpoint (a resume asks again with the same idempotency key). Default 10 minutes.
    /// </summary>
    public TimeSpan MaxPollDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// What Sequenzy does with an existing subscriber. Default: <see cref="SequenzyDuplicateStrategy.Overwrite"/>,
    /// or <see cref="SequenzyDuplicateStrategy.Skip"/> under <see cref="BulkOptions.CreateOnly"/> (the only one allowed then).
    /// </summary>
    public SequenzyDuplicateStrategy? DuplicateStrategy { get; set; }

    /// <summary>Consent handling for every imported subscriber (null: the workspace default).</summary>
    public SequenzyOptInMode? OptInMode { get; set; }

    /// <summary>Lists every imported subscriber joins.</summary>
    public IReadOnlyList<string>? ListIds { get; set; }

    /// <summary>Whether every imported subscriber with a phone agreed to texts.</summary>
    public bool? SmsConsent { get; set; }

    /// <summary>Called once per chunk sent (not for chunks restored from a checkpoint) with what Sequenzy reported for its import.</summary>
    public Action<SequenzyChunkImport>? ChunkImported { get; set; }

    internal void Validate(bool createOnly)
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, $"{nameof(PollInterval)} must be positive.");
        }

        if (MaxPollDuration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPollDuration), MaxPollDuration, $"{nameof(MaxPollDuration)} must not be negative.");
        }

        if (createOnly && DuplicateStrategy is { } strategy && strategy != SequenzyDuplicateStrategy.Skip)
        {
            throw new ArgumentException($"BulkOptions.CreateOnly leaves existing subscribers unchanged, which is DuplicateStrategy.Skip; {strategy} contradicts it.", nameof(DuplicateStrategy));
        }
    }
}
