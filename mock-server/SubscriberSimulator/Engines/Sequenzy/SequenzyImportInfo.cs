namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>An import with its per-record outcomes (the API only shows the counts).</summary>
public sealed record SequenzyImportInfo(
    string Id,
    string? IdempotencyKey,
    int TotalRows,
    int AddedCount,
    int UpdatedCount,
    int SkippedCount,
    int FailedCount,
    int DuplicateRows,
    IReadOnlyDictionary<string, int> SkippedReasons,
    IReadOnlyDictionary<string, int> FailedReasons,
    IReadOnlyList<SequenzyImportRowInfo> Rows);
