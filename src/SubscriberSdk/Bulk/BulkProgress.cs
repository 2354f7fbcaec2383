namespace SubscriberSdk.Bulk;

/// <summary>
/// A snapshot of a running bulk import: once when the run starts, once after each chunk, and at least once a
/// second (on the run's clock) while chunks wait for the provider's rate-limit window, however many wait.
/// </summary>
public sealed record BulkProgress
{
    /// <summary>Input records read.</summary>
    public required int TotalRecords { get; init; }

    /// <summary>Records with a final outcome so far (written, skipped or failed).</summary>
    public required int RecordsDone { get; init; }

    /// <summary>Of <see cref="RecordsDone"/>, those that failed (locally or at the provider).</summary>
    public required int RecordsFailed { get; init; }

    /// <summary>Chunks finished, including those restored from a checkpoint.</summary>
    public required int ChunksDone { get; init; }

    /// <summary>Chunks in the run.</summary>
    public required int TotalChunks { get; init; }

    /// <summary>
    /// Records finished by requests of this run per second over the last 15 seconds (the longest documented
    /// rate-limit window, Mobile Text Alerts'), divided by the whole window even early in the run, so a burst
    /// followed by a wait reads as the rate the run sustains, not the burst's (0 until the first chunk).
    /// </summary>
    public required double RecordsPerSecond { get; init; }

    /// <summary>Time since the run started, on the run's clock.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>When set, the provider's rate-limit window is used up and requests wait until this time.</summary>
    public DateTimeOffset? WaitingForRateLimitUntil { get; init; }

    /// <summary>While waiting for the rate limit, the time left until requests go again (a countdown); otherwise null.</summary>
    public TimeSpan? RateLimitWaitRemaining { get; init; }

    /// <summary>
    /// When the run should finish at its current pace (<see cref="RecordsPerSecond"/>), and no earlier than a
    /// rate-limit wait ends; null until a chunk of this run has finished.
    /// </summary>
    public DateTimeOffset? EstimatedCompletion { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        WaitingForRateLimitUntil is { } until
            ? $"{RecordsDone}/{TotalRecords} records, {ChunksDone}/{TotalChunks} chunks, waiting for rate limit until {until:O} ({RateLimitWaitRemaining?.TotalSeconds:0.#} s left){Eta}"
            : $"{RecordsDone}/{TotalRecords} records ({RecordsFailed} failed), {ChunksDone}/{TotalChunks} chunks, {RecordsPerSecond:0.#} records/s{Eta}";

    private string Eta => EstimatedCompletion is { } eta ? $", ETA {eta:O}" : string.Empty;
}
