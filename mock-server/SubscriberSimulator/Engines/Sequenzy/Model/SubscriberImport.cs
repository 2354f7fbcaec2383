namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// An import and what it did. The records are applied while the create call is answered, so
/// every read sees it completed.
/// </summary>
internal sealed class SubscriberImport
{
    public required string Id { get; init; }

    public string? FileName { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>SHA-256 of the request body, to tell a replay from new content under the same key.</summary>
    public required string ContentHash { get; init; }

    public int TotalRows { get; init; }

    public int DuplicateRows { get; init; }

    public int EmailCount { get; init; }

    public int AddedCount { get; init; }

    public int UpdatedCount { get; init; }

    public int SkippedCount { get; init; }

    public int FailedCount { get; init; }

    public Dictionary<string, int> SkippedReasons { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> FailedReasons { get; init; } = new(StringComparer.Ordinal);

    public ImportRowResult[] Rows { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset CompletedAt { get; init; }
}
