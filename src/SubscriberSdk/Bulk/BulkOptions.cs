namespace SubscriberSdk.Bulk;

/// <summary>Settings of one bulk run. Checked when the run starts; a wrong value throws before anything is sent.</summary>
public sealed class BulkOptions
{
    /// <summary>The largest chunk any provider accepts in one request.</summary>
    public const int MaxChunkSize = 1000;

    private TimeProvider? _timeProvider;

    /// <summary>Records per request, 1 to the provider's limit (1000 for Mobile Text Alerts). Default 1000.</summary>
    public int ChunkSize { get; set; } = MaxChunkSize;

    /// <summary>Create new subscribers only; existing ones are reported as skipped, never changed.</summary>
    public bool CreateOnly { get; set; }

    /// <summary>Chunks (or, for providers without a bulk endpoint, single calls) in flight at once. Default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// Identifies the run in chunk keys and checkpoints. Set it to resume a stopped run; null starts a
    /// new run with a fresh id (see <see cref="BulkResult.RunId"/>).
    /// </summary>
    public string? RunId { get; set; }

    /// <summary>Where finished chunks are recorded so a stopped run can resume. Null: no checkpoints.</summary>
    public IBulkCheckpointStore? CheckpointStore { get; set; }

    /// <summary>
    /// Chunks in a row that may fail as a whole with a transient error before the run stops sending and
    /// reports the rest as not processed (resume later). Default 3.
    /// </summary>
    public int MaxConsecutiveChunkFailures { get; set; } = 3;

    /// <summary>
    /// Clock for throughput, elapsed time and rate-limit waits. Default: the clock of the client the run uses
    /// (its options' <c>TimeProvider</c>), so a client on a fake clock runs its bulk imports on it too.
    /// </summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider ?? TimeProvider.System;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value), "TimeProvider cannot be null; leave it unset to use the client's clock.");
    }

    /// <summary>Called as each chunk finishes (in completion order), e.g. to stream results onwards.</summary>
    public Func<BulkChunkResult, CancellationToken, ValueTask>? ChunkCompleted { get; set; }

    /// <summary>
    /// These options for a run through a client on <paramref name="clientClock"/>: unchanged when a clock was
    /// set, otherwise a copy on the client's clock (the caller's instance is never modified).
    /// </summary>
    internal BulkOptions WithDefaultClock(TimeProvider clientClock)
    {
        if (_timeProvider is not null)
        {
            return this;
        }

        var copy = (BulkOptions)MemberwiseClone();
        copy._timeProvider = clientClock;
        return copy;
    }

    internal void Validate(int providerMaxChunkSize, string providerName)
    {
        if (ChunkSize < 1 || ChunkSize > providerMaxChunkSize)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkSize), ChunkSize,
                $"{nameof(ChunkSize)} must be between 1 and {providerMaxChunkSize}, the most records {providerName} accepts in one request.");
        }

        if (MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, $"{nameof(MaxConcurrency)} must be at least 1.");
        }

        if (MaxConsecutiveChunkFailures < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConsecutiveChunkFailures), MaxConsecutiveChunkFailures, $"{nameof(MaxConsecutiveChunkFailures)} must be at least 1.");
        }

        if (RunId is not null && (RunId.Length is 0 or > 200 || RunId.Any(char.IsControl)))
        {
            throw new ArgumentException($"{nameof(RunId)} must be 1 to 200 printable characters.", nameof(RunId));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
