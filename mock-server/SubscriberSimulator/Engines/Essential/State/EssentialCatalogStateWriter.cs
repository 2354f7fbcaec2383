using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Api;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.State;

/// <summary>Writes an account's transports, campaigns and sent messages into its state, each in creation order.</summary>
internal static class EssentialCatalogStateWriter
{
    public static void WriteCatalog(Utf8JsonWriter writer, EssentialAccountSnapshot account)
    {
        writer.WriteStartArray("transports");
        foreach (var transport in account.Transports)
        {
            writer.WriteStartObject();
            writer.WriteString("sid", transport.Sid);
            writer.WriteString("channel_sid", transport.ChannelSid);
            writer.WriteString("endpoint", transport.Endpoint);
            writer.WriteBoolean("active", transport.Active);
            writer.WriteString("created_at", transport.CreatedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("campaigns");
        foreach (var campaign in account.Campaigns)
        {
            WriteCampaign(writer, campaign);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("messages");
        foreach (var message in account.Messages)
        {
            WriteMessage(writer, message);
        }

        writer.WriteEndArray();
    }

    private static void WriteCampaign(Utf8JsonWriter writer, EssentialCampaign campaign)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", campaign.Sid);
        writer.WriteString("channel_sid", campaign.ChannelSid);
        writer.WriteString("name", campaign.Name);
        writer.WriteString("status", campaign.Status);
        writer.WriteString("body", campaign.Body);
        EssentialStateWriter.WriteStrings(writer, "media_urls", campaign.MediaUrls);
        writer.WriteString("tag_operator", campaign.TagOperator);
        EssentialStateWriter.WriteStrings(writer, "tag_sids", campaign.TagSids);
        EssentialStateWriter.WriteStrings(writer, "include_numbers", campaign.IncludeNumbers);
        EssentialStateWriter.WriteStrings(writer, "exclude_numbers", campaign.ExcludeNumbers);
        writer.WriteString("external_ref_id", campaign.ExternalRefId);
        writer.WriteBoolean("shorten_urls", campaign.ShortenUrls);
        writer.WriteBoolean("send_to_inboxed", campaign.SendToInboxed);
        EssentialStateWriter.WriteNullableTime(writer, "send_at", campaign.SendAt);
        if (campaign.Delivery is { } delivery)
        {
            writer.WriteStartObject("delivery");
            writer.WriteString("sid", delivery.Sid);
            writer.WriteNumber("success", delivery.Success);
            writer.WriteNumber("failure", delivery.Failure);
            writer.WriteNumber("pending", delivery.Pending);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("delivery");
        }

        writer.WriteString("created_at", campaign.CreatedAt);
        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, EssentialMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", message.Sid);
        writer.WriteString("channel_sid", message.ChannelSid);
        writer.WriteString("subscriber_sid", message.SubscriberSid);
        writer.WriteString("transport_sid", message.TransportSid);
        writer.WriteString("from", message.From);
        writer.WriteString("to", UsPhoneNumber.ToTenDigits(message.To));
        writer.WriteString("body", message.Body);
        EssentialJson.WriteStringsOrNull(writer, "media_urls", message.MediaUrls);

        writer.WriteString("status", message.Status);
        writer.WriteString("carrier", message.Carrier);
        writer.WriteString("onstatus_url", message.OnStatusUrl);
        writer.WriteString("external_owner_id", message.ExternalOwnerId);
        writer.WriteString("priority", message.Priority);
        writer.WriteBoolean("is_template", message.IsTemplate);
        writer.WriteBoolean("shorten_urls", message.ShortenUrls);
        writer.WriteString("created_at", message.CreatedAt);
        writer.WriteEndObject();
    }
}
