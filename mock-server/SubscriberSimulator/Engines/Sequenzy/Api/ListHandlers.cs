using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>/api/v1/lists (with member counts), /api/v1/lists/{listId}/subscribers and /subscribers/remove.</summary>
internal static class ListHandlers
{
    public static ProviderResponse List(ProviderCall<SequenzyWorkspace> call)
    {
        lock (call.Tenant.Gate)
        {
            return SequenzyJson.Ok(call.Tenant, WriteLists);
        }
    }

    public static ProviderResponse AddSubscribers(ProviderCall<SequenzyWorkspace> call)
    {
        var command = ListAddCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var outcome = ListRules.AddEmails(new WorkspaceChanges(work, call.Credential), call.Route["listId"], command);
        work.Commit();
        return SequenzyJson.Ok(outcome, WriteAdded);
    }

    public static ProviderResponse RemoveSubscribers(ProviderCall<SequenzyWorkspace> call)
    {
        var identifiers = ListRemoveCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var (removed, notFound) = ListRules.RemoveSubscribers(new WorkspaceChanges(work, call.Credential), call.Route["listId"], identifiers);
        work.Commit();
        return SequenzyJson.Ok((Removed: removed, NotFound: notFound), static (writer, answer) =>
        {
            writer.WriteNumber("removed", answer.Removed);
            SequenzyJson.WriteStrings(writer, "notFound", answer.NotFound);
        });
    }

    private static void WriteLists(Utf8JsonWriter writer, SequenzyWorkspace workspace)
    {
        var members = new Dictionary<string, (int All, int Active)>(StringComparer.Ordinal);
        foreach (var subscriber in workspace.ById.Values)
        {
            foreach (var membership in subscriber.Lists)
            {
                if (membership.IsCurrent)
                {
                    var (all, active) = members.GetValueOrDefault(membership.ListId);
                    members[membership.ListId] = (all + 1, active + (subscriber.Status == SubscriberStatus.Active ? 1 : 0));
                }
            }
        }

        writer.WriteStartArray("lists");
        foreach (var list in workspace.Lists)
        {
            var (all, active) = members.GetValueOrDefault(list.Id);
            writer.WriteStartObject();
            writer.WriteString("id", list.Id);
            writer.WriteString("name", list.Name);
            writer.WriteString("description", list.Description);
            writer.WriteBoolean("isPrivate", list.IsPrivate);
            writer.WriteNumber("subscriberCount", all);
            writer.WriteNumber("activeSubscriberCount", active);
            writer.WriteString("createdAt", SequenzyJson.Timestamp(list.CreatedAt));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAdded(Utf8JsonWriter writer, ListAddOutcome outcome)
    {
        var results = outcome.Results;
        int created = 0, updated = 0, skipped = 0, added = 0, failed = 0;
        foreach (var result in results)
        {
            created += result.Created ? 1 : 0;
            updated += result.Updated ? 1 : 0;
            skipped += result.Skipped ? 1 : 0;
            added += result.AddedToList ? 1 : 0;
            failed += result.Success ? 0 : 1;
        }

        writer.WriteString("listId", outcome.ListId);
        writer.WriteNumber("total", outcome.Total);
        writer.WriteNumber("processed", results.Count);
        writer.WriteNumber("created", created);
        writer.WriteNumber("updated", updated);
        writer.WriteNumber("skipped", skipped);
        writer.WriteNumber("addedToList", added);
        writer.WriteNumber("failed", failed);
        writer.WriteNumber("duplicateInputCount", outcome.Duplicates);
        writer.WriteNumber("ignoredBlankCount", outcome.IgnoredBlanks);
        writer.WriteStartArray("results");
        foreach (var result in results)
        {
            writer.WriteStartObject();
            writer.WriteString("email", result.Email);
            writer.WriteBoolean("success", result.Success);
            writer.WriteBoolean("created", result.Created);
            writer.WriteBoolean("updated", result.Updated);
            writer.WriteBoolean("skipped", result.Skipped);
            writer.WriteBoolean("addedToList", result.AddedToList);
            if (result.Error is not null)
            {
                writer.WriteString("error", result.Error);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
