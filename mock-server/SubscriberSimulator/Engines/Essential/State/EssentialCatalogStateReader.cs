using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.State;

/// <summary>
/// Reads an account's transports, campaigns and sent messages back. A state file written before
/// they existed has none of the three: its channels get the transport they were made with (a
/// generated number under their stored transport SID), so such a file still loads whole.
/// </summary>
internal static class EssentialCatalogStateReader
{
    public static void ReadCatalog(EssentialAccount account, JsonElement element)
    {
        if (element.TryGetProperty("transports", out var transports))
        {
            foreach (var transport in transports.EnumerateArray())
            {
                account.Transports.Add(new EssentialTransport
                {
                    Sid = EssentialStateReader.Str(transport, "sid"),
                    ChannelSid = ChannelOf(account, transport).Sid,
                    Endpoint = TransportRules.ParseEndpoint("endpoint", EssentialStateReader.Str(transport, "endpoint")),
                    Active = transport.GetProperty("active").GetBoolean(),
                    CreatedAt = EssentialStateReader.Time(transport, "created_at"),
                });
            }
        }
        else
        {
            AddChannelTransports(account);
        }

        foreach (var channel in account.ChannelsBySid.Values)
        {
            _ = account.FindTransport(channel.TransportSid) ?? throw new InvalidOperationException("A channel's transport is not in the state.");
        }

        if (element.TryGetProperty("campaigns", out var campaigns))
        {
            foreach (var campaign in campaigns.EnumerateArray())
            {
                account.Campaigns.Add(ReadCampaign(account, campaign));
            }
        }

        if (element.TryGetProperty("messages", out var messages))
        {
            foreach (var message in messages.EnumerateArray())
            {
                account.Messages.Add(ReadMessage(account, message));
            }
        }
    }

    private static void AddChannelTransports(EssentialAccount account)
    {
        foreach (var channel in account.ChannelsBySid.Values)
        {
            account.Transports.Add(new EssentialTransport
            {
                Sid = channel.TransportSid,
                ChannelSid = channel.Sid,
                Endpoint = TransportRules.NextFreeNumber(account),
                Active = true,
                CreatedAt = channel.CreatedAt,
            });
        }
    }

    private static EssentialCampaign ReadCampaign(EssentialAccount account, JsonElement element)
    {
        var delivery = element.GetProperty("delivery");
        return new EssentialCampaign
        {
            Sid = EssentialStateReader.Str(element, "sid"),
            ChannelSid = ChannelOf(account, element).Sid,
            Name = EssentialStateReader.Str(element, "name"),
            Status = EssentialStateReader.Str(element, "status"),
            Body = EssentialStateReader.NullableStr(element, "body"),
            MediaUrls = EssentialStateReader.Strings(element, "media_urls"),
            TagOperator = EssentialStateReader.Str(element, "tag_operator"),
            TagSids = EssentialStateReader.Strings(element, "tag_sids"),
            IncludeNumbers = EssentialStateReader.Strings(element, "include_numbers"),
            ExcludeNumbers = EssentialStateReader.Strings(element, "exclude_numbers"),
            ExternalRefId = EssentialStateReader.NullableStr(element, "external_ref_id"),
            ShortenUrls = element.GetProperty("shorten_urls").GetBoolean(),
            SendToInboxed = element.GetProperty("send_to_inboxed").GetBoolean(),
            SendAt = EssentialStateReader.NullableTime(element, "send_at"),
            Delivery = delivery.ValueKind == JsonValueKind.Null ? null : new CampaignDelivery(
                EssentialStateReader.Str(delivery, "sid"),
                delivery.GetProperty("success").GetInt32(),
                delivery.GetProperty("failure").GetInt32(),
                delivery.GetProperty("pending").GetInt32()),
            CreatedAt = EssentialStateReader.Time(element, "created_at"),
        };
    }

    private static EssentialMessage ReadMessage(EssentialAccount account, JsonElement element)
    {
        var media = element.GetProperty("media_urls");
        return new EssentialMessage
        {
            Sid = EssentialStateReader.Str(element, "sid"),
            ChannelSid = ChannelOf(account, element).Sid,
            SubscriberSid = EssentialStateReader.Str(element, "subscriber_sid"),
            TransportSid = EssentialStateReader.Str(element, "transport_sid"),
            From = EssentialStateReader.Str(element, "from"),
            To = EssentialStateReader.ParsePhone(EssentialStateReader.Str(element, "to")),
            Body = EssentialStateReader.NullableStr(element, "body"),
            MediaUrls = media.ValueKind == JsonValueKind.Null ? null : EssentialStateReader.Strings(element, "media_urls"),
            Status = EssentialStateReader.Str(element, "status"),
            Carrier = EssentialStateReader.Str(element, "carrier"),
            OnStatusUrl = EssentialStateReader.NullableStr(element, "onstatus_url"),
            ExternalOwnerId = EssentialStateReader.NullableStr(element, "external_owner_id"),
            Priority = EssentialStateReader.NullableStr(element, "priority"),
            IsTemplate = element.GetProperty("is_template").GetBoolean(),
            ShortenUrls = element.GetProperty("shorten_urls").GetBoolean(),
            CreatedAt = EssentialStateReader.Time(element, "created_at"),
        };
    }

    private static EssentialChannel ChannelOf(EssentialAccount account, JsonElement element) =>
        account.ChannelsBySid.TryGetValue(EssentialStateReader.Str(element, "channel_sid"), out var channel)
            ? channel
            : throw new InvalidOperationException("A transport, campaign or message refers to a channel that is not in the state.");
}
