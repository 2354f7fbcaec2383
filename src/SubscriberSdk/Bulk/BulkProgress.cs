namespace SubscriberSdk.Bulk;

/// <summary>A snapshot of a running bulk import, reported after each chunk and while waiting for the rate limit.</summary>
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

    /// <summary>Records finished by requests of this run per second of elapsed time (0 until the first chunk).</summary>
    public required double RecordsPerSecond { get; init; }

    /// <summary>Time since the run started, on the run's clock.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>When set, the provider's rate-limit window is used up and requests wait until this time.</summary>
    public DateTimeOffset? WaitingForRateLimitUntil { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        WaitingForRateLimitUntil is { } until
            ? $"{RecordsDone}/{TotalRecords} records, {ChunksDone}/{TotalChunks} chunks, waiting for rate limit until {until:O}"
            : $"{RecordsDone}/{TotalRecords} records ({RecordsFailed} failed), {ChunksDone}/{TotalChunks} chunks, {RecordsPerSecond:0.#} records/s";
}
