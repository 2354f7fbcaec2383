using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>
/// Writes Sequenzy's response objects with the field names of openapi/sequenzy.json, straight to
/// a <see cref="Utf8JsonWriter"/>. Callers render inside the workspace's lock, so an answer shows
/// exactly the committed state.
/// </summary>
internal static class SequenzyJson
{
    /// <summary>200 with <c>{"success": true, ...}</c>; <paramref name="writeFields"/> writes the other properties.</summary>
    public static ProviderResponse Ok<TState>(TState state, Action<Utf8JsonWriter, TState> writeFields) =>
        JsonResponse.Create(200, (state, writeFields), static (writer, answer) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            answer.writeFields(writer, answer.state);
            writer.WriteEndObject();
        });

    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The <c>Subscriber</c> fields, inside an object the caller opened.</summary>
    public static void WriteSubscriberFields(Utf8JsonWriter writer, SequenzySubscriber subscriber)
    {
        writer.WriteString("id", subscriber.Id);
        writer.WriteString("email", subscriber.Email);
        writer.WriteString("externalId", subscriber.ExternalId);
        writer.WriteString("firstName", subscriber.FirstName);
        writer.WriteString("lastName", subscriber.LastName);
        writer.WriteString("status", WireNames.Of(subscriber.Status));
        WriteStrings(writer, "tags", subscriber.Tags);
        writer.WriteStartObject("customAttributes");
        foreach (var attribute in subscriber.Attributes)
        {
            writer.WritePropertyName(attribute.Key);
            writer.WriteRawValue(attribute.RawJson, skipInputValidation: true);
        }

        writer.WriteEndObject();
        writer.WriteString("phone", subscriber.Phone);
        writer.WriteString("smsStatus", WireNames.Of(subscriber.SmsStatus));
        writer.WriteString("timezone", subscriber.Timezone);
        writer.WriteString("emailProvider", WireNames.EmailProvider(subscriber.Email));
        WriteTimestamp(writer, "unsubscribedAt", subscriber.UnsubscribedAt);
        writer.WriteString("createdAt", Timestamp(subscriber.CreatedAt));
        writer.WriteString("updatedAt", Timestamp(subscriber.UpdatedAt));
    }

    public static void WriteSubscriber(Utf8JsonWriter writer, string name, SequenzySubscriber subscriber)
    {
        writer.WriteStartObject(name);
        WriteSubscriberFields(writer, subscriber);
        writer.WriteEndObject();
    }

    public static void WriteUpserted(Utf8JsonWriter writer, UpsertOutcome outcome)
    {
        writer.WriteStartObject("subscriber");
        WriteSubscriberFields(writer, outcome.Subscriber);
        writer.WriteBoolean("created", outcome.Created);
        writer.WriteBoolean("updated", outcome.Updated);
        writer.WriteBoolean("skipped", outcome.Skipped);
        writer.WriteEndObject();
        WriteOptIn(writer, outcome.OptIn);
    }

    /// <summary><c>optIn</c> only when this call required a confirmation (absent otherwise); <c>emailQueued</c> false when the resend window withheld the email.</summary>
    public static void WriteOptIn(Utf8JsonWriter writer, OptInResult optIn)
    {
        if (optIn != OptInResult.None)
        {
            writer.WriteStartObject("optIn");
            writer.WriteBoolean("required", true);
            writer.WriteBoolean("emailQueued", optIn == OptInResult.EmailQueued);
            writer.WriteEndObject();
        }
    }

    public static void WriteDetails(Utf8JsonWriter writer, SequenzySubscriber subscriber, SequenzyWorkspace workspace)
    {
        writer.WriteStartObject("subscriber");
        WriteSubscriberFields(writer, subscriber);
        writer.WriteStartArray("lists");
        foreach (var membership in subscriber.Lists)
        {
            var list = workspace.FindList(membership.ListId);
            writer.WriteStartObject();
            writer.WriteString("id", membership.ListId);
            writer.WriteString("name", list?.Name ?? membership.ListId);
            writer.WriteString("description", list?.Description);
            writer.WriteBoolean("isPrivate", list?.IsPrivate ?? false);
            writer.WriteString("subscribedAt", Timestamp(membership.SubscribedAt));
            WriteTimestamp(writer, "unsubscribedAt", membership.UnsubscribedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("sequenceEnrollments");
        foreach (var run in subscriber.Enrollments)
        {
            var sequence = workspace.FindSequence(run.SequenceId);
            var node = sequence?.FindNode(run.CurrentNodeId);
            writer.WriteStartObject();
            writer.WriteString("tokenId", run.Id);
            writer.WriteString("sequenceId", run.SequenceId);
            writer.WriteString("sequenceName", sequence?.Name ?? run.SequenceId);
            writer.WriteString("sequenceStatus", sequence is { Enabled: true } ? "active" : "disabled");
            writer.WriteString("enrollmentStatus", WireNames.Of(run.Status));
            writer.WriteString("currentNodeId", run.CurrentNodeId);
            writer.WriteString("currentNodeType", node?.Type);
            writer.WriteString("currentNodeLabel", node?.Label);
            WriteTimestamp(writer, "scheduledFor", run.WaitUntil);
            writer.WriteString("enteredAt", Timestamp(run.StartedAt));
            writer.WriteString("updatedAt", Timestamp(run.UpdatedAt));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // The simulator tracks no engagement: these are always empty.
        writer.WriteStartObject("emailStats");
        foreach (var counter in (ReadOnlySpan<string>)["sent", "delivered", "opened", "clicked", "bounced", "unsubscribed", "complained"])
        {
            writer.WriteNumber(counter, 0);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("activity");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteTagged(Utf8JsonWriter writer, SequenzySubscriber subscriber, bool created)
    {
        writer.WriteStartObject("subscriber");
        writer.WriteString("id", subscriber.Id);
        writer.WriteString("email", subscriber.Email);
        writer.WriteString("externalId", subscriber.ExternalId);
        WriteStrings(writer, "tags", subscriber.Tags);
        writer.WriteBoolean("created", created);
        writer.WriteEndObject();
    }

    /// <summary>
    /// An import. <paramref name="asQueued"/> shows it as it was when queued (running, nothing
    /// processed yet), which is what the create call answers; reads show the finished import.
    /// </summary>
    public static void WriteImport(Utf8JsonWriter writer, SubscriberImport import, bool asQueued)
    {
        writer.WriteStartObject("import");
        writer.WriteString("id", import.Id);
        writer.WriteString("status", asQueued ? "running" : "completed");
        writer.WriteString("fileName", import.FileName);
        writer.WriteString("batchId", import.Id);
        writer.WriteNumber("totalRows", import.TotalRows);
        writer.WriteNumber("duplicateRows", asQueued ? 0 : import.DuplicateRows);
        writer.WriteNumber("emailCount", import.EmailCount);
        writer.WriteNumber("processedCount", asQueued ? 0 : import.TotalRows);
        writer.WriteNumber("addedCount", asQueued ? 0 : import.AddedCount);
        writer.WriteNumber("updatedCount", asQueued ? 0 : import.UpdatedCount);
        writer.WriteNumber("skippedCount", asQueued ? 0 : import.SkippedCount);
        writer.WriteNumber("failedCount", asQueued ? 0 : import.FailedCount);
        WriteCounts(writer, "skippedReasons", asQueued ? null : import.SkippedReasons);
        WriteCounts(writer, "failedReasons", asQueued ? null : import.FailedReasons);
        writer.WriteNumber("totalChunks", 1);
        writer.WriteNumber("completedChunks", asQueued ? 0 : 1);
        writer.WriteNumber("failedChunks", 0);
        WriteCounts(writer, "failedChunkReasons", null);
        writer.WriteString("createdAt", Timestamp(import.CreatedAt));
        WriteTimestamp(writer, "startedAt", asQueued ? null : import.CreatedAt);
        WriteTimestamp(writer, "completedAt", asQueued ? null : import.CompletedAt);
        writer.WriteString("updatedAt", Timestamp(asQueued ? import.CreatedAt : import.CompletedAt));
        writer.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void WriteTimestamp(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } at)
        {
            writer.WriteString(name, Timestamp(at));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, Dictionary<string, int>? counts)
    {
        writer.WriteStartObject(name);
        if (counts is not null)
        {
            foreach (var pair in counts)
            {
                writer.WriteNumber(pair.Key, pair.Value);
            }
        }

        writer.WriteEndObject();
    }
}
