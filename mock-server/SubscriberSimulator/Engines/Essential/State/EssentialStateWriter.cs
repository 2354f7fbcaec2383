using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.State;

/// <summary>Writes one account into the state file's Essential section, from a snapshot taken under its lock.</summary>
internal static class EssentialStateWriter
{
    public static void WriteAccount(Utf8JsonWriter writer, EssentialAccountSnapshot account)
    {
        writer.WriteStartObject();
        writer.WriteString("token", account.Token);
        writer.WriteString("created_at", account.CreatedAt);
        writer.WritePropertyName("channels");
        account.Channels(writer);
        writer.WritePropertyName("workflows");
        account.Workflows(writer);
        writer.WriteStartArray("seeded_carriers");
        foreach (var (phone, seed) in account.SeededCarriers)
        {
            writer.WriteStartObject();
            writer.WriteString("phone_number", UsPhoneNumber.ToTenDigits(phone));
            writer.WriteString("kind", seed.Kind.ToString());
            writer.WriteString("carrier", seed.Carrier);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("subscribers");
        foreach (var subscriber in account.Subscribers)
        {
            WriteSubscriber(writer, subscriber);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("executions");
        foreach (var execution in account.Executions)
        {
            writer.WriteStartObject();
            writer.WriteString("sid", execution.Sid);
            writer.WriteString("workflow_sid", execution.WorkflowSid);
            writer.WriteString("subscriber_sid", execution.SubscriberSid);
            writer.WriteString("channel_sid", execution.ChannelSid);
            writer.WritePropertyName("kwargs");
            writer.WriteRawValue(execution.KwargsJson, skipInputValidation: true);
            writer.WriteString("started_by", execution.StartedBy);
            writer.WriteString("started_at", execution.StartedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        EssentialCatalogStateWriter.WriteCatalog(writer, account);
        writer.WriteEndObject();
    }

    /// <summary>A JSON array of <paramref name="items"/>, each written by <paramref name="write"/>.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    public static void WriteWorkflow(Utf8JsonWriter writer, EssentialWorkflow workflow)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", workflow.Sid);
        writer.WriteString("name", workflow.Name);
        writer.WriteBoolean("enabled", workflow.Enabled);
        if (workflow.MaxSubscriberExecutions is { } max)
        {
            writer.WriteNumber("max_subscriber_executions", max);
        }
        else
        {
            writer.WriteNull("max_subscriber_executions");
        }

        WriteStrings(writer, "required_tag_sids", workflow.RequiredTagSids);
        writer.WriteStartObject("required_properties");
        foreach (var (key, value) in workflow.RequiredProperties)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteString("created_at", workflow.CreatedAt);
        writer.WriteEndObject();
    }

    public static void WriteChannel(Utf8JsonWriter writer, EssentialChannel channel)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", channel.Sid);
        writer.WriteString("name", channel.Name);
        writer.WriteString("transport_sid", channel.TransportSid);
        writer.WriteString("welcome_message", channel.WelcomeMessage);
        writer.WriteString("created_at", channel.CreatedAt);
        writer.WriteStartArray("tags");
        foreach (var tag in channel.TagsBySid.Values)
        {
            writer.WriteStartObject();
            writer.WriteString("sid", tag.Sid);
            writer.WriteString("name", tag.Name);
            writer.WriteString("created_at", tag.CreatedAt);
            WriteNullableTime(writer, "deleted_at", tag.DeletedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("welcome_series");
        foreach (var series in channel.WelcomeSeries)
        {
            WriteWelcomeSeries(writer, series);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteWelcomeSeries(Utf8JsonWriter writer, EssentialWelcomeSeries series)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", series.Sid);
        writer.WriteString("name", series.Name);
        writer.WriteNumber("position", series.Position);
        writer.WriteBoolean("enabled", series.Enabled);
        WriteStrings(writer, "tag_sids", series.TagSids);
        writer.WriteString("created_at", series.CreatedAt);
        writer.WriteString("updated_at", series.UpdatedAt);
        writer.WriteStartArray("items");
        foreach (var item in series.Items)
        {
            writer.WriteStartObject();
            writer.WriteString("sid", item.Sid);
            writer.WriteString("name", item.Name);
            writer.WriteNumber("sequence_id", item.SequenceId);
            writer.WriteString("body", item.Body);
            WriteStrings(writer, "media_urls", item.MediaUrls);
            writer.WriteString("created_at", item.CreatedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSubscriber(Utf8JsonWriter writer, EssentialSubscriber subscriber)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", subscriber.Sid);
        writer.WriteString("channel_sid", subscriber.ChannelSid);
        writer.WriteString("transport_sid", subscriber.TransportSid);
        writer.WriteString("phone_number", UsPhoneNumber.ToTenDigits(subscriber.PhoneNumber));
        writer.WriteString("status", SubscriberStatusText.ToWire(subscriber.Status));
        writer.WriteString("email_address", subscriber.EmailAddress);
        writer.WriteString("external_user_id", subscriber.ExternalUserId);
        writer.WritePropertyName("properties");
        subscriber.Properties.WriteTo(writer);
        WriteStrings(writer, "tag_sids", subscriber.TagSids);
        writer.WriteString("carrier", subscriber.Carrier);
        writer.WriteString("carrier_updated_at", subscriber.CarrierUpdatedAt);
        writer.WriteString("created_at", subscriber.CreatedAt);
        writer.WriteString("updated_at", subscriber.UpdatedAt);
        WriteNullableTime(writer, "subscribed_at", subscriber.SubscribedAt);
        WriteNullableTime(writer, "unsubscribed_at", subscriber.UnsubscribedAt);
        WriteNullableTime(writer, "added_to_inbox_at", subscriber.AddedToInboxAt);
        writer.WriteEndObject();
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

    public static void WriteNullableTime(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
