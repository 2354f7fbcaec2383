using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Api;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Control;

/// <summary>How the controls describe an account's configuration (not an Essential API shape); the caller holds the account's lock.</summary>
internal static class EssentialAccountDescription
{
    public static void WriteSummary(Utf8JsonWriter writer, EssentialAccount account)
    {
        writer.WriteStartObject();
        writer.WriteString("account_sid", account.Sid);
        writer.WriteNumber("channel_count", account.ChannelsBySid.Count);
        writer.WriteNumber("subscriber_count", account.SubscribersBySid.Count);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, EssentialAccount account)
    {
        writer.WriteStartObject();
        writer.WriteString("account_sid", account.Sid);
        writer.WriteNumber("subscriber_count", account.SubscribersBySid.Count);
        writer.WriteNumber("workflow_execution_count", account.Executions.Count);
        writer.WriteNumber("message_count", account.Messages.Count);
        writer.WriteString("send_failure", account.SendFailure.ToString().ToLowerInvariant());
        writer.WriteStartArray("channels");
        foreach (var channel in account.ChannelsBySid.Values)
        {
            WriteChannelHeader(writer, channel, closeObject: false);
            writer.WriteStartArray("tags");
            foreach (var tag in channel.TagsBySid.Values)
            {
                EssentialJson.WriteTag(writer, account.Sid, tag);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("welcome_series");
            foreach (var series in channel.WelcomeSeries)
            {
                EssentialJson.WriteWelcomeSeries(writer, series);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("transports");
        foreach (var transport in account.Transports)
        {
            EssentialCatalogJson.WriteTransport(writer, account.Sid, transport);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("campaigns");
        foreach (var campaign in account.Campaigns)
        {
            EssentialCatalogJson.WriteCampaign(writer, account.Sid, campaign);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("workflows");
        foreach (var workflow in account.WorkflowsBySid.Values)
        {
            WriteWorkflow(writer, workflow);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteChannelHeader(Utf8JsonWriter writer, EssentialChannel channel, bool closeObject)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", channel.Sid);
        writer.WriteString("name", channel.Name);
        writer.WriteString("transport_sid", channel.TransportSid);
        writer.WriteString("welcome_message", channel.WelcomeMessage);
        writer.WriteNumber("subscriber_count", channel.SubscribersByPhone.Count);
        if (closeObject)
        {
            writer.WriteEndObject();
        }
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

        writer.WriteStartObject("start_conditions");
        writer.WriteStartArray("tag_sids");
        foreach (var tag in workflow.RequiredTagSids)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        foreach (var (key, value) in workflow.RequiredProperties)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
