using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Applies an import's records with the create semantics, one outcome per record: a bad record is
/// counted as failed with a reason, never failing the request; a record repeating an earlier
/// record's email or externalId is skipped as a duplicate of the request.
/// </summary>
internal static class ImportRules
{
    public const string ExistingSubscriber = "existing_subscriber";
    public const string Unchanged = "unchanged";
    public const string DuplicateInRequest = "duplicate_in_request";
    public const string Conflict = "conflict";
    public const string SubscriberLimit = "subscriber_limit";

    /// <summary>An import of the workspace, or 404.</summary>
    public static SubscriberImport Find(SequenzyWorkspace workspace, string importId) =>
        workspace.Imports.GetValueOrDefault(importId) ?? throw RequestRefusedException.NotFound("Import not found");

    /// <summary>Runs a new import (the caller answered a replay already): 400 for an unknown list, 403 for an enrolment the key may not trigger.</summary>
    public static SubscriberImport Run(WorkspaceChanges changes, ImportCommand command)
    {
        UpsertRules.RequireKnownLists(changes.Workspace, command.ListIds, "listIds");
        ScopeRules.RequireForEnrollment(changes, command.EnrollInSequences);
        var rows = command.Rows;
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
            if (row.Command is not { } record)
            {
                Count(failed, row.FailureReason ?? "invalid");
                results[i] = new ImportRowResult(row.Index, "failed", row.FailureReason, null);
                continue;
            }

            if ((record.Email is not null && !seenEmails.Add(record.Email)) | (record.ExternalId is not null && !seenExternalIds.Add(record.ExternalId)))
            {
                duplicates++;
                Count(skipped, DuplicateInRequest);
                results[i] = new ImportRowResult(row.Index, "skipped", DuplicateInRequest, null);
                continue;
            }

            UpsertOutcome outcome;
            try
            {
                if (UpsertRules.WouldExceedSubscriberCap(changes, record.Email, record.ExternalId))
                {
                    Count(failed, SubscriberLimit);
                    results[i] = new ImportRowResult(row.Index, "failed", SubscriberLimit, null);
                    continue;
                }

                outcome = UpsertRules.Upsert(changes, record);
            }
            catch (RequestRefusedException exception) when (exception.Status == 409)
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
            Id = changes.Ids.NextImportId(),
            FileName = command.FileName,
            IdempotencyKey = command.IdempotencyKey,
            ContentHash = command.ContentHash,
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
            CreatedAt = changes.Now,
            CompletedAt = changes.Now,
        };
        changes.AddImport(import);
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
