using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>/api/v1/subscribers/tags, /tags/bulk and /tags/remove (one subscriber), and /subscribers/bulk/tags/add and /remove (many existing ones).</summary>
internal static class TagHandlers
{
    public static ProviderResponse AddOne(ProviderCall<SequenzyWorkspace> call) =>
        AddTags(call, TagCommand.AddOne(call.Body), static (writer, outcome) =>
        {
            writer.WriteStartObject("tag");
            writer.WriteString("id", outcome.Definitions[0].Id);
            writer.WriteString("name", outcome.Definitions[0].Name);
            writer.WriteBoolean("created", outcome.DefinitionsCreated[0]);
            writer.WriteEndObject();
        });

    public static ProviderResponse AddMany(ProviderCall<SequenzyWorkspace> call) =>
        AddTags(call, TagCommand.AddMany(call.Body), static (writer, outcome) =>
        {
            writer.WriteStartObject("tags");
            SequenzyJson.WriteStrings(writer, "added", outcome.Tags);
            WriteCreatedDefinitions(writer, outcome);
            writer.WriteEndObject();
        });

    public static ProviderResponse Remove(ProviderCall<SequenzyWorkspace> call)
    {
        var command = TagCommand.Remove(call.Body);
        using var work = call.BeginWork();
        var outcome = TagRules.RemoveTag(new WorkspaceChanges(work, call.Credential), command.Target, command.Tags[0], out var removed);
        work.Commit();
        return SequenzyJson.Ok((Outcome: outcome, Removed: removed), static (writer, answer) =>
        {
            SequenzyJson.WriteTagged(writer, answer.Outcome.Subscriber, answer.Outcome.Created);
            writer.WriteStartObject("tag");
            writer.WriteString("name", answer.Outcome.Tags[0]);
            writer.WriteBoolean("removed", answer.Removed);
            writer.WriteEndObject();
        });
    }

    public static ProviderResponse BulkAdd(ProviderCall<SequenzyWorkspace> call) => Bulk(call, BulkTagCommand.Add(call.Body), BulkTagRules.Add);

    public static ProviderResponse BulkRemove(ProviderCall<SequenzyWorkspace> call) => Bulk(call, BulkTagCommand.Remove(call.Body), BulkTagRules.Remove);

    private static ProviderResponse Bulk(ProviderCall<SequenzyWorkspace> call, BulkTagCommand command, Func<WorkspaceChanges, BulkTagCommand, BulkTagOutcome> rule)
    {
        using var work = call.BeginWork();
        var outcome = rule(new WorkspaceChanges(work, call.Credential), command);
        work.Commit();
        return SequenzyJson.Ok(outcome, static (writer, outcome) =>
        {
            SequenzyJson.WriteStrings(writer, "tags", outcome.Tags);
            writer.WriteNumber("requested", outcome.Requested);
            writer.WriteNumber("matched", outcome.Found.Matched.Count);
            writer.WriteNumber("updated", outcome.Updated);
            writer.WriteNumber("unchanged", outcome.Unchanged);
            writer.WriteNumber("failed", 0);
            writer.WriteStartObject("notFound");
            SequenzyJson.WriteStrings(writer, "emails", outcome.Found.NotFoundEmails);
            SequenzyJson.WriteStrings(writer, "externalIds", outcome.Found.NotFoundExternalIds);
            SequenzyJson.WriteStrings(writer, "subscriberIds", outcome.Found.NotFoundSubscriberIds);
            writer.WriteEndObject();

            // The simulator's writes cannot fail one subscriber alone, so failures stay empty.
            writer.WriteStartArray("failures");
            writer.WriteEndArray();
            if (outcome.TriggeredAutomations is { } triggered)
            {
                writer.WriteBoolean("triggeredAutomations", triggered);
            }
        });
    }

    /// <summary>Adds the tags and answers the subscriber, then what <paramref name="writeTags"/> writes, then the opt-in state.</summary>
    private static ProviderResponse AddTags(ProviderCall<SequenzyWorkspace> call, TagCommand command, Action<Utf8JsonWriter, TagOutcome> writeTags)
    {
        using var work = call.BeginWork();
        var outcome = TagRules.AddTags(new WorkspaceChanges(work, call.Credential), command.Target, command.Tags);
        work.Commit();
        return SequenzyJson.Ok((Outcome: outcome, WriteTags: writeTags), static (writer, answer) =>
        {
            SequenzyJson.WriteTagged(writer, answer.Outcome.Subscriber, answer.Outcome.Created);
            answer.WriteTags(writer, answer.Outcome);
            SequenzyJson.WriteOptIn(writer, answer.Outcome.OptIn);
        });
    }

    private static void WriteCreatedDefinitions(Utf8JsonWriter writer, TagOutcome outcome)
    {
        writer.WriteStartArray("created");
        for (var i = 0; i < outcome.Definitions.Count; i++)
        {
            if (outcome.DefinitionsCreated[i])
            {
                writer.WriteStringValue(outcome.Definitions[i].Name);
            }
        }

        writer.WriteEndArray();
    }
}
