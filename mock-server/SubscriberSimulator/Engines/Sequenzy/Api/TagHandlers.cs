using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>/api/v1/subscribers/tags, /tags/bulk and /tags/remove.</summary>
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
            SequenzyJson.WriteOptIn(writer, answer.Outcome.ConfirmationQueued);
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
