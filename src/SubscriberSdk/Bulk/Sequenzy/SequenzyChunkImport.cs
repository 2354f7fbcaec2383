namespace SubscriberSdk.Sequenzy;

/// <summary>
/// What Sequenzy reported for one chunk's import. Sequenzy's import status gives counts and reasons, never
/// per-record outcomes, so when some but not all records failed the failing ones cannot be named:
/// <see cref="UnattributedInputIndexes"/> lists the chunk's records whose own outcome is therefore unknown.
/// </summary>
/// <param name="ChunkIndex">The chunk.</param>
/// <param name="ImportId">Sequenzy's import id.</param>
/// <param name="Deduplicated">Whether Sequenzy answered an earlier import with this chunk's key (a replay: nothing was applied twice).</param>
/// <param name="Added">Subscribers created.</param>
/// <param name="Updated">Subscribers updated.</param>
/// <param name="Skipped">Records skipped (existing subscriber under skip, or nothing to change).</param>
/// <param name="Failed">Records Sequenzy could not import.</param>
/// <param name="SkippedReasons">Skip reasons with their counts.</param>
/// <param name="FailedReasons">Failure reasons with their counts.</param>
/// <param name="UnattributedInputIndexes">Input indexes of the chunk whose individual outcome is unknown (empty when every record's outcome follows from the counts).</param>
public sealed record SequenzyChunkImport(
    int ChunkIndex,
    string ImportId,
    bool Deduplicated,
    int Added,
    int Updated,
    int Skipped,
    int Failed,
    IReadOnlyDictionary<string, int> SkippedReasons,
    IReadOnlyDictionary<string, int> FailedReasons,
    IReadOnlyList<int> UnattributedInputIndexes);
