using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Sequenzy;

namespace SubscriberSdk.Bulk.Sequenzy.Internal;

/// <summary>
/// Turns a completed import's counts into per-record results. Sequenzy names no records, so a record's
/// outcome is exact only when the counts leave no doubt (all created, all updated, all skipped, all failed,
/// or nothing failed). With some but not all failed, every record of the chunk is reported as a retriable
/// failure marked "unattributed" (it may well have been written; sending it again is a safe upsert).
/// </summary>
internal static class SequenzyImportOutcome
{
    public const string UnattributedPrefix = "unattributed: ";

    public static (BulkRecordResult[] Records, SequenzyChunkImport Import) Map<TRecord>(
        BulkChunk<TRecord> chunk, SequenzyImport import, bool deduplicated)
    {
        var total = chunk.Records.Count;
        var added = import.AddedCount ?? 0;
        var updated = import.UpdatedCount ?? 0;
        var skipped = import.SkippedCount ?? 0;
        var failed = import.FailedCount ?? 0;
        var skippedReasons = new Dictionary<string, int>(import.SkippedReasons, StringComparer.Ordinal);
        var failedReasons = new Dictionary<string, int>(import.FailedReasons, StringComparer.Ordinal);
        var id = string.IsNullOrEmpty(import.Id) ? "(no id)" : import.Id;
        var summary = $"import {id} of chunk {chunk.Index}: {added} created, {updated} updated, {skipped} skipped{Describe(skippedReasons)}, {failed} failed{Describe(failedReasons)}";
        var accounted = added + updated + skipped + failed == total;

        BulkRecordResult Each(BulkPreparedRecord<TRecord> r, BulkRecordStatus status, string? reason = null, bool retriable = false) =>
            new(r.InputIndex, status, reason, retriable, chunk.Index);

        BulkRecordResult[] records;
        var unattributed = Array.Empty<int>();
        if (!accounted)
        {
            // Counts that do not add up to the chunk cannot be trusted for any record.
            records = [.. chunk.Records.Select(r => Each(r, BulkRecordStatus.Failed,
                $"{UnattributedPrefix}the counts of {summary} do not add up to the chunk's {total} records; this record may or may not have been written", retriable: true))];
            unattributed = [.. chunk.Records.Select(r => r.InputIndex)];
        }
        else if (failed == total)
        {
            records = [.. chunk.Records.Select(r => Each(r, BulkRecordStatus.Failed, $"Sequenzy imported none of the chunk's records ({summary})"))];
        }
        else if (failed > 0)
        {
            records = [.. chunk.Records.Select(r => Each(r, BulkRecordStatus.Failed,
                $"{UnattributedPrefix}{summary}; Sequenzy does not say which records failed, so this one may have been written (sending it again is a safe upsert)", retriable: true))];
            unattributed = [.. chunk.Records.Select(r => r.InputIndex)];
        }
        else if (added == total)
        {
            records = [.. chunk.Records.Select(r => Each(r, BulkRecordStatus.Created))];
        }
        else if (updated == total)
        {
            records = [.. chunk.Records.Select(r => Each(r, BulkRecordStatus.Updated))];
        }
        else if (skipped == total && chunk.CreateOnly)
        {
            records = [.. chunk.Records.Select(r => Each(r, BulkRecordStatus.Skipped, $"the subscriber already exists ({summary})"))];
        }
        else
        {
            // Nothing failed: Sequenzy holds every record, but not which were created, updated or skipped.
            var note = skipped > 0 ? $"{summary}; Sequenzy does not say which records were skipped" : null;
            records = [.. chunk.Records.Select(r => Each(r, BulkRecordStatus.CreatedOrUpdated, note))];
        }

        return (records, new SequenzyChunkImport(chunk.Index, id, deduplicated, added, updated, skipped, failed, skippedReasons, failedReasons, unattributed));
    }

    private static string Describe(Dictionary<string, int> reasons) =>
        reasons.Count == 0 ? string.Empty : $" ({string.Join(", ", reasons.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {r.Value}"))})";
}
