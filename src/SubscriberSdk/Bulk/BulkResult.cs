namespace SubscriberSdk.Bulk;

/// <summary>
/// The outcome of a bulk run: one <see cref="BulkRecordResult"/> per input record, in input order, and
/// totals. A run in which some records failed still returns a result; check <see cref="Failed"/>.
/// </summary>
public sealed class BulkResult
{
    /// <summary>Creates a result from per-record outcomes (in input order) and per-chunk outcomes.</summary>
    public BulkResult(string runId, IReadOnlyList<BulkRecordResult> records, IReadOnlyList<BulkChunkResult> chunks, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(chunks);
        RunId = runId;
        Records = records;
        Chunks = chunks;
        Elapsed = elapsed;
        foreach (var record in records)
        {
            switch (record.Status)
            {
                case BulkRecordStatus.Created: Created++; break;
                case BulkRecordStatus.Updated: Updated++; break;
                case BulkRecordStatus.CreatedOrUpdated: CreatedOrUpdated++; break;
                case BulkRecordStatus.Skipped: Skipped++; break;
                case BulkRecordStatus.Failed: Failed++; break;
                default: NotProcessed++; break;
            }
        }
    }

    /// <summary>The run id (pass it in <see cref="BulkOptions.RunId"/> to resume from the checkpoint).</summary>
    public string RunId { get; }

    /// <summary>One outcome per input record; <c>Records[i].InputIndex == i</c>.</summary>
    public IReadOnlyList<BulkRecordResult> Records { get; }

    /// <summary>Per-chunk outcomes in chunk order.</summary>
    public IReadOnlyList<BulkChunkResult> Chunks { get; }

    /// <summary>Wall time of this run on the run's clock (not counting earlier, resumed runs).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Input records.</summary>
    public int Total => Records.Count;

    /// <summary>Records created.</summary>
    public int Created { get; }

    /// <summary>Records updated.</summary>
    public int Updated { get; }

    /// <summary>Records written where the provider does not say whether it created or updated them.</summary>
    public int CreatedOrUpdated { get; }

    /// <summary>Records skipped (replaced duplicates, existing subscribers under createOnly).</summary>
    public int Skipped { get; }

    /// <summary>Records that failed.</summary>
    public int Failed { get; }

    /// <summary>Records never sent because the run stopped early.</summary>
    public int NotProcessed { get; }

    /// <summary>
    /// Whether the run was cancelled: the result then holds every chunk that finished, and the rest of the
    /// records as <see cref="BulkRecordStatus.NotProcessed"/> (retriable). It arrives in <see cref="BulkRunCanceledException.Result"/>.
    /// </summary>
    public bool IsCanceled { get; init; }

    /// <summary>Whether every record was written or deliberately skipped.</summary>
    public bool IsComplete => Failed == 0 && NotProcessed == 0;
}
