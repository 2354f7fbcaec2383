using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>
/// /api/v1/subscribers/events (one event), /subscribers/events/bulk (several for one subscriber)
/// and /api/v1/events/bulk (many subscribers'). A live single event answers <c>event</c>; a
/// historical call answers <c>historical</c>, <c>events</c>, <c>inserted</c> and <c>duplicates</c>.
/// </summary>
internal static class EventHandlers
{
    public static ProviderResponse TriggerOne(ProviderCall<SequenzyWorkspace> call) =>
        Trigger(call, EventCommand.One(call.Body), static (writer, outcome) =>
        {
            if (outcome.Historical)
            {
                WriteHistory(writer, outcome);
                return;
            }

            var result = outcome.Events[0];
            WriteEvent(writer, "event", result);
            if (result.Duplicate)
            {
                writer.WriteBoolean("duplicate", true);
            }
        });

    public static ProviderResponse TriggerMany(ProviderCall<SequenzyWorkspace> call) =>
        Trigger(call, EventCommand.Many(call.Body), static (writer, outcome) =>
        {
            if (outcome.Historical)
            {
                WriteHistory(writer, outcome);
                return;
            }

            WriteEvents(writer, outcome.Events);
        });

    public static ProviderResponse Import(ProviderCall<SequenzyWorkspace> call)
    {
        var inputs = ImportEventsCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var outcome = EventRules.Import(new WorkspaceChanges(work, call.Credential), inputs);
        work.Commit();
        return SequenzyJson.Ok(outcome, static (writer, outcome) =>
        {
            writer.WriteNumber("total", outcome.Total);
            writer.WriteNumber("recorded", outcome.Recorded);
            writer.WriteNumber("duplicates", outcome.Duplicates);
            writer.WriteNumber("failed", outcome.Failures.Count);
            writer.WriteNumber("subscribers", outcome.Subscribers);
            writer.WriteStartArray("failures");
            foreach (var (index, error) in outcome.Failures)
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", index);
                writer.WriteString("error", error);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (outcome.Failures.Count > 0)
            {
                writer.WriteString("error", outcome.Failures[0].Error);
            }

            SequenzyJson.WriteOptIn(writer, outcome.OptIn);
        });
    }

    /// <summary>Records the events and answers the subscriber, then what <paramref name="writeEvents"/> writes, then the opt-in state.</summary>
    private static ProviderResponse Trigger(ProviderCall<SequenzyWorkspace> call, EventCommand command, Action<Utf8JsonWriter, EventOutcome> writeEvents)
    {
        using var work = call.BeginWork();
        var outcome = EventRules.Trigger(new WorkspaceChanges(work, call.Credential), command);
        work.Commit();
        return SequenzyJson.Ok((Outcome: outcome, WriteEvents: writeEvents), static (writer, answer) =>
        {
            SequenzyJson.WriteTagged(writer, answer.Outcome.Subscriber, answer.Outcome.Created);
            answer.WriteEvents(writer, answer.Outcome);
            SequenzyJson.WriteOptIn(writer, answer.Outcome.OptIn);
        });
    }

    private static void WriteHistory(Utf8JsonWriter writer, EventOutcome outcome)
    {
        writer.WriteBoolean("historical", true);
        WriteEvents(writer, outcome.Events);
        writer.WriteNumber("inserted", outcome.Inserted);
        writer.WriteNumber("duplicates", outcome.Duplicates);
    }

    private static void WriteEvents(Utf8JsonWriter writer, IReadOnlyList<RecordedEventResult> events)
    {
        writer.WriteStartArray("events");
        foreach (var result in events)
        {
            WriteEvent(writer, null, result);
        }

        writer.WriteEndArray();
    }

    /// <summary>A <c>RecordedEvent</c>; <c>duplicate</c> only when true (Decision).</summary>
    private static void WriteEvent(Utf8JsonWriter writer, string? name, RecordedEventResult result)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("id", result.Event.Id);
        writer.WriteString("name", result.Event.Name);
        writer.WriteBoolean("definitionCreated", result.DefinitionCreated);
        writer.WriteString("occurredAt", SequenzyJson.Timestamp(result.Event.OccurredAt));
        if (result.Duplicate)
        {
            writer.WriteBoolean("duplicate", true);
        }

        writer.WriteEndObject();
    }
}
