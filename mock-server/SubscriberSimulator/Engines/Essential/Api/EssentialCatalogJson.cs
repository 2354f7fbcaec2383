using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>
/// The read-only objects of an account as Essential answers them: channels, transports and
/// campaigns, in the key order of the third-party client that reads them.
/// </summary>
internal static class EssentialCatalogJson
{
    /// <summary>
    /// A channel. The simulator keeps no campaign delay, bot, callback, area codes or pauses, so
    /// those are null; <c>welcome_new_subscribers</c> says whether the channel has its own welcome.
    /// </summary>
    public static void WriteChannel(Utf8JsonWriter writer, string accountSid, EssentialChannel channel)
    {
        writer.WriteStartObject();
        writer.WriteString("name", channel.Name);
        writer.WriteNull("min_campaign_delay_mins");
        EssentialJson.WriteTimestamp(writer, "created_at", channel.CreatedAt);
        EssentialJson.WriteTimestamp(writer, "updated_at", channel.CreatedAt);
        writer.WriteString("account_sid", accountSid);
        writer.WriteNull("bot_sid");
        writer.WriteNull("onreceived_url");
        writer.WriteNull("area_codes");
        writer.WriteString("sid", channel.Sid);
        writer.WriteNull("received_paused_at");
        writer.WriteNull("deliveries_paused_at");
        writer.WriteStartObject("cs_provider_data");
        writer.WriteBoolean("welcome_new_subscribers", channel.WelcomeMessage is not null);
        writer.WriteBoolean("enabled", true);
        writer.WriteBoolean("enable_new_outbound_subscribers", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteTransport(Utf8JsonWriter writer, string accountSid, EssentialTransport transport)
    {
        writer.WriteStartObject();
        writer.WriteString("status", transport.Active ? "active" : "inactive");
        writer.WriteString("channel_sid", transport.ChannelSid);
        writer.WriteString("protocol", transport.Protocol);
        EssentialJson.WriteTimestamp(writer, "created_at", transport.CreatedAt);
        EssentialJson.WriteTimestamp(writer, "status_updated_at", transport.CreatedAt);
        EssentialJson.WriteTimestamp(writer, "updated_at", transport.CreatedAt);
        writer.WriteString("account_sid", accountSid);
        writer.WriteString("endpoint", transport.Endpoint);
        writer.WriteString("sid", transport.Sid);
        writer.WriteEndObject();
    }

    public static void WriteCampaign(Utf8JsonWriter writer, string accountSid, EssentialCampaign campaign)
    {
        writer.WriteStartObject();
        writer.WriteString("status", campaign.Status);
        writer.WriteString("body", campaign.Body);
        EssentialJson.WriteStrings(writer, "media_urls", campaign.MediaUrls);
        writer.WriteString("channel_sid", campaign.ChannelSid);
        writer.WriteString("name", campaign.Name);
        writer.WriteBoolean("shorten_urls", campaign.ShortenUrls);
        writer.WriteBoolean("send_to_inboxed", campaign.SendToInboxed);
        EssentialJson.WriteStrings(writer, "include_numbers", campaign.IncludeNumbers);
        EssentialJson.WriteStrings(writer, "exclude_numbers", campaign.ExcludeNumbers);
        writer.WriteString("external_ref_id", campaign.ExternalRefId);
        writer.WriteStartObject("tag_expression");
        writer.WriteString("operator", campaign.TagOperator);
        EssentialJson.WriteStrings(writer, "tag_sids", campaign.TagSids);
        writer.WriteEndObject();
        EssentialJson.WriteTimestamp(writer, "send_at", campaign.SendAt);
        writer.WriteStartArray("results");
        if (campaign.Delivery is { } delivery)
        {
            WriteDelivery(writer, accountSid, campaign, delivery);
        }

        writer.WriteEndArray();
        EssentialJson.WriteTimestamp(writer, "created_at", campaign.CreatedAt);
        EssentialJson.WriteTimestamp(writer, "updated_at", campaign.CreatedAt);
        writer.WriteString("account_sid", accountSid);
        writer.WriteString("sid", campaign.Sid);
        writer.WriteEndObject();
    }

    private static void WriteDelivery(Utf8JsonWriter writer, string accountSid, EssentialCampaign campaign, CampaignDelivery delivery)
    {
        writer.WriteStartObject();
        writer.WriteString("sid", delivery.Sid);
        writer.WriteString("account_sid", accountSid);
        writer.WriteString("owner_sid", campaign.Sid);
        writer.WriteString("owner_type", "campaign");
        writer.WriteString("status", delivery.Status);
        writer.WriteNumber("success", delivery.Success);
        writer.WriteNumber("failure", delivery.Failure);
        writer.WriteNumber("pending", delivery.Pending);
        EssentialJson.WriteTimestamp(writer, "created_at", campaign.SendAt);
        EssentialJson.WriteTimestamp(writer, "updated_at", campaign.SendAt);
        writer.WriteEndObject();
    }
}
