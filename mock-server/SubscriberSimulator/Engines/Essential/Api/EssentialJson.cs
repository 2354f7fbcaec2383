using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>
/// Writes Essential's objects straight to a <see cref="Utf8JsonWriter"/> in the docs' key order;
/// no reflection and no intermediate objects on the upsert path.
/// </summary>
internal static class EssentialJson
{
    /// <summary>A subscriber as the API answers it.</summary>
    public static ProviderResponse SubscriberResponse(int status, string accountSid, EssentialSubscriber subscriber) =>
        JsonResponse.Create(status, (accountSid, subscriber), static (writer, state) => WriteSubscriber(writer, state.accountSid, state.subscriber));

    /// <summary>A JSON array of items, each written by <paramref name="writeItem"/>.</summary>
    public static ProviderResponse ArrayResponse<TItem>(int status, string accountSid, IReadOnlyList<TItem> items, Action<Utf8JsonWriter, string, TItem> writeItem) =>
        JsonResponse.Create(status, (accountSid, items, writeItem), static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var item in state.items)
            {
                state.writeItem(writer, state.accountSid, item);
            }

            writer.WriteEndArray();
        });

    public static string Timestamp(DateTime value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static void WriteSubscriber(Utf8JsonWriter writer, string accountSid, EssentialSubscriber subscriber)
    {
        writer.WriteStartObject();
        writer.WriteString("phone_number", UsPhoneNumber.ToTenDigits(subscriber.PhoneNumber));
        writer.WriteString("status", SubscriberStatusText.ToWire(subscriber.Status));
        WriteTimestamp(writer, "subscribed_at", subscriber.SubscribedAt);
        WriteTimestamp(writer, "unsubscribed_at", subscriber.UnsubscribedAt);
        WriteTimestamp(writer, "created_at", subscriber.CreatedAt);
        WriteTimestamp(writer, "updated_at", subscriber.UpdatedAt);
        writer.WriteString("carrier", subscriber.Carrier);
        WriteTimestamp(writer, "carrier_updated_at", subscriber.CarrierUpdatedAt);
        WriteTimestamp(writer, "added_to_inbox_at", subscriber.AddedToInboxAt);
        writer.WriteNull("facebook_id");
        writer.WriteString("email_address", subscriber.EmailAddress);
        writer.WriteString("external_user_id", subscriber.ExternalUserId);
        writer.WritePropertyName("properties");
        subscriber.Properties.WriteTo(writer);
        WriteStrings(writer, "tag_sids", subscriber.TagSids);
        writer.WriteString("sid", subscriber.Sid);
        writer.WriteString("account_sid", accountSid);
        writer.WriteString("channel_sid", subscriber.ChannelSid);
        writer.WriteString("transport_sid", subscriber.TransportSid);
        writer.WriteEndObject();
    }

    public static void WriteTag(Utf8JsonWriter writer, string accountSid, EssentialTag tag)
    {
        writer.WriteStartObject();
        writer.WriteString("name", tag.Name);
        WriteTimestamp(writer, "created_at", tag.CreatedAt);
        WriteTimestamp(writer, "updated_at", tag.CreatedAt);
        writer.WriteString("canonical_name", tag.CanonicalName);
        WriteTimestamp(writer, "deleted_at", tag.DeletedAt);
        writer.WriteString("sid", tag.Sid);
        writer.WriteString("account_sid", accountSid);
        writer.WriteString("channel_sid", tag.ChannelSid);
        writer.WriteNumber("num_subscribers_total", tag.SubscribersTotal);
        writer.WriteNumber("num_subscribers_active", tag.SubscribersActive);
        writer.WriteEndObject();
    }

    public static void WriteWelcomeSeries(Utf8JsonWriter writer, EssentialWelcomeSeries series)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", series.Position);
        WriteTimestamp(writer, "created_at", series.CreatedAt);
        WriteTimestamp(writer, "updated_at", series.UpdatedAt);
        writer.WriteString("sid", series.Sid);
        writer.WriteString("channel_sid", series.ChannelSid);
        WriteStrings(writer, "tag_sids", series.TagSids);
        writer.WriteString("name", series.Name);
        writer.WriteString("status", series.Enabled ? "enabled" : "disabled");
        writer.WriteStartArray("item_sids");
        foreach (var item in series.ItemsInOrder())
        {
            writer.WriteStringValue(item.Sid);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteWelcomeSeriesItem(Utf8JsonWriter writer, string accountSid, string channelSid, EssentialWelcomeSeriesItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("name", item.Name);
        writer.WriteString("body", item.Body);
        WriteStrings(writer, "media_urls", item.MediaUrls);
        writer.WriteNumber("sequence_id", item.SequenceId);
        WriteTimestamp(writer, "created_at", item.CreatedAt);
        WriteTimestamp(writer, "updated_at", item.CreatedAt);
        writer.WriteString("sid", item.Sid);
        writer.WriteString("account_sid", accountSid);
        writer.WriteString("channel_sid", channelSid);
        writer.WriteEndObject();
    }

    /// <summary>An execution, or <c>{}</c> when none was started (Essential's documented answer).</summary>
    public static void WriteExecution(Utf8JsonWriter writer, WorkflowExecution? execution)
    {
        writer.WriteStartObject();
        if (execution is not null)
        {
            writer.WriteString("sid", execution.Sid);
            writer.WriteString("status", "running");
            WriteTimestamp(writer, "start_date", execution.StartedAt);
            writer.WriteNull("completion_date");
            WriteTimestamp(writer, "created_at", execution.StartedAt);
            WriteTimestamp(writer, "updated_at", execution.StartedAt);
            writer.WriteString("started_by", execution.StartedBy);
            writer.WriteString("channel_sid", execution.ChannelSid);
            writer.WriteString("subscriber_sid", execution.SubscriberSid);
            writer.WriteString("automation_workflow_sid", execution.WorkflowSid);
            writer.WritePropertyName("kwargs");
            writer.WriteRawValue(execution.KwargsJson, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    public static void WriteTimestamp(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } timestamp)
        {
            writer.WriteString(name, Timestamp(timestamp));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, string[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>An array of strings, or null where Essential writes null (an SMS's <c>media_urls</c>).</summary>
    public static void WriteStringsOrNull(Utf8JsonWriter writer, string name, string[]? values)
    {
        if (values is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteStrings(writer, name, values);
        }
    }
}
