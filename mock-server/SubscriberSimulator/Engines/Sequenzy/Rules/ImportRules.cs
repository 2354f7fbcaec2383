using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Applies an import's records with the create semantics, one outcome per record: a bad record is
/// counted as failed with a reason, never failing the request; a record repeating an earlier
/// record's email or externalId is skipped as a duplicate of the request.
/// </summary>
internal sealed class ImportRules
{
    public const string ExistingSubscriber = "existing_subscriber";
    public const string Unchanged = "unchanged";
    public const string DuplicateInRequest = "duplicate_in_request";
    public const string Conflict = "conflict";

    private readonly UpsertRules _upserts;

    public ImportRules(UpsertRules upserts)
    {
        _upserts = upserts;
    }

    public SubscriberImport Run(WorkspaceTransaction tx, IReadOnlyList<ImportRow> rows, string? fileName, string? idempotencyKey, string contentHash)
    {
        var seenEmails = new HashSet<string>(StringComparer.Ordinal);
        var seenExternalIds = new HashSet<string>(StringComparer.Ordinal);
        var results = new ImportRowResult[rows.Count];
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var failed = new Dictionary<string, int>(StringComparer.Ordinal);
        int added = 0, updated = 0, duplicates = 0, emails = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            emails += row.HasEmail ? 1 : 0;
            if (row.Command is not { } command)
            {
                Count(failed, row.FailureReason ?? "invalid");
                results[i] = new ImportRowResult(row.Index, "failed", row.FailureReason, null);
                continue;
            }

            if ((command.Email is not null && !seenEmails.Add(command.Email)) | (command.ExternalId is not null && !seenExternalIds.Add(command.ExternalId)))
            {
                duplicates++;
                Count(skipped, DuplicateInRequest);
                results[i] = new ImportRowResult(row.Index, "skipped", DuplicateInRequest, null);
                continue;
            }

            UpsertOutcome outcome;
            try
            {
                outcome = _upserts.Upsert(tx, command);
            }
            catch (SequenzyRequestException exception) when (exception.Status == StatusCodes.Status409Conflict)
            {
                Count(failed, Conflict);
                results[i] = new ImportRowResult(row.Index, "failed", Conflict, null);
                continue;
            }

            var id = outcome.Subscriber.Id;
            if (outcome.Created)
            {
                added++;
                results[i] = new ImportRowResult(row.Index, "created", null, id);
            }
            else if (outcome.Updated)
            {
                updated++;
                results[i] = new ImportRowResult(row.Index, "updated", null, id);
            }
            else
            {
                var reason = outcome.Skipped ? ExistingSubscriber : Unchanged;
                Count(skipped, reason);
                results[i] = new ImportRowResult(row.Index, "skipped", reason, id);
            }
        }

        var import = new SubscriberImport
        {
            Id = tx.Ids.NextImportId(),
            FileName = fileName,
            IdempotencyKey = idempotencyKey,
            ContentHash = contentHash,
            TotalRows = rows.Count,
            DuplicateRows = duplicates,
            EmailCount = emails,
            AddedCount = added,
            UpdatedCount = updated,
            SkippedCount = Sum(skipped),
            FailedCount = Sum(failed),
            SkippedReasons = skipped,
            FailedReasons = failed,
            Rows = results,
            CreatedAt = tx.Now,
            CompletedAt = tx.Now,
        };
        tx.AddImport(import);
        return import;
    }

    private static void Count(Dictionary<string, int> counts, string reason) =>
        counts[reason] = counts.GetValueOrDefault(reason) + 1;

    private static int Sum(Dictionary<string, int> counts)
    {
        var total = 0;
        foreach (var count in counts.Values)
        {
            total += count;
        }

        return total;
    }
}
