using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>An import and its progress. <c>skippedReasons</c> sums to <c>skippedCount</c> and <c>failedReasons</c> to <c>failedCount</c>.</summary>
public sealed class SequenzyImport
{
    /// <summary>Subscribers created.</summary>
    public int? AddedCount { get; init; }

    /// <summary>Batch ID of the import.</summary>
    public string? BatchId { get; init; }

    /// <summary>When processing ended; null while running.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Chunks finished.</summary>
    public int? CompletedChunks { get; init; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Records dropped as duplicates within the request.</summary>
    public int? DuplicateRows { get; init; }

    /// <summary>Records with an email.</summary>
    public int? EmailCount { get; init; }

    /// <summary>The provider's <c>failedChunkReasons</c>.</summary>
    public IReadOnlyDictionary<string, int> FailedChunkReasons { get; init; } = new Dictionary<string, int>();

    /// <summary>Chunks failed.</summary>
    public int? FailedChunks { get; init; }

    /// <summary>Records failed.</summary>
    public int? FailedCount { get; init; }

    /// <summary>The provider's <c>failedReasons</c>.</summary>
    public IReadOnlyDictionary<string, int> FailedReasons { get; init; } = new Dictionary<string, int>();

    /// <summary>Label given at creation.</summary>
    public string? FileName { get; init; }

    /// <summary>Import ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Records processed so far.</summary>
    public int? ProcessedCount { get; init; }

    /// <summary>Records skipped.</summary>
    public int? SkippedCount { get; init; }

    /// <summary>The provider's <c>skippedReasons</c>.</summary>
    public IReadOnlyDictionary<string, int> SkippedReasons { get; init; } = new Dictionary<string, int>();

    /// <summary>When processing began.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The provider's <c>status</c>.</summary>
    public SequenzyImportStatus? Status { get; init; }

    /// <summary>Processing chunks in total.</summary>
    public int? TotalChunks { get; init; }

    /// <summary>Records received.</summary>
    public int? TotalRows { get; init; }

    /// <summary>Last progress change.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Existing subscribers changed.</summary>
    public int? UpdatedCount { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
