using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>Messages as Essential answers them: the send's answer (<c>Message</c>) and search results.</summary>
internal static class EssentialMessageJson
{
    /// <summary>
    /// The answer to a send, in the docs' key order: <c>status: queuing</c>, as Essential answers a
    /// message it has just accepted (the stored one is <c>sent</c>). No callback has been made yet.
    /// </summary>
    public static ProviderResponse SentResponse(string accountSid, EssentialMessage message) =>
        JsonResponse.Create(201, (accountSid, message), static (writer, state) =>
        {
            var (accountSid, message) = state;
            writer.WriteStartObject();
            writer.WriteString("status", "queuing");
            writer.WriteString("body", message.Body);
            EssentialJson.WriteStringsOrNull(writer, "media_urls", message.MediaUrls);
            writer.WriteNull("notified_received_at");
            writer.WriteNull("notified_received_result");
            writer.WriteString("onstatus_url", message.OnStatusUrl);
            writer.WriteNull("notified_status_at");
            writer.WriteNull("notified_status_result");
            EssentialJson.WriteTimestamp(writer, "status_updated_at", message.CreatedAt);
            EssentialJson.WriteTimestamp(writer, "created_at", message.CreatedAt);
            EssentialJson.WriteTimestamp(writer, "updated_at", message.CreatedAt);
            writer.WriteNumber("delivery_attempts", 0);
            writer.WriteString("external_owner_id", message.ExternalOwnerId);
            writer.WriteString("from_phone_number", message.From);
            writer.WriteString("to_phone_number", UsPhoneNumber.ToE164(message.To));
            writer.WriteString("sid", message.Sid);
            writer.WriteString("account_sid", accountSid);
            writer.WriteString("channel_sid", message.ChannelSid);
            writer.WriteString("subscriber_sid", message.SubscriberSid);
            writer.WriteString("transport_sid", message.TransportSid);
            writer.WriteEndObject();
        });

    /// <summary><c>{"total": N, "results": [...]}</c>; the caller holds the account's lock (channel names are read here).</summary>
    public static ProviderResponse SearchResponse(EssentialAccount account, int total, List<EssentialMessage> results) =>
        JsonResponse.Create(200, (account, total, results), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", state.total);
            writer.WriteStartArray("results");
            foreach (var message in state.results)
            {
                WriteSearchResult(writer, state.account, message);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>One search result; <c>msecs_in_flight</c> is null because the simulator never delivers.</summary>
    public static void WriteSearchResult(Utf8JsonWriter writer, EssentialAccount account, EssentialMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("from_phone_number", message.From);
        EssentialJson.WriteTimestamp(writer, "created_at", message.CreatedAt);
        writer.WriteString("channel_name", account.ChannelsBySid[message.ChannelSid].Name);
        writer.WriteString("sid", message.Sid);
        writer.WriteString("body", message.Body);
        writer.WriteString("carrier", message.Carrier);
        writer.WriteString("account_sid", account.Sid);
        writer.WriteString("channel_sid", message.ChannelSid);
        writer.WriteString("to_phone_number", UsPhoneNumber.ToE164(message.To));
        writer.WriteString("status", message.Status);
        writer.WriteString("subscriber_sid", message.SubscriberSid);
        EssentialJson.WriteStringsOrNull(writer, "media_urls", message.MediaUrls);
        writer.WriteNull("msecs_in_flight");
        writer.WriteEndObject();
    }
}
