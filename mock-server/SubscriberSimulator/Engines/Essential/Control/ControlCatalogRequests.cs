using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Api.Requests;

namespace SubscriberSimulator.Engines.Essential.Control;

/// <summary>Parsers for the control bodies that seed what Essential's API only lists: transports and campaigns.</summary>
internal static class ControlCatalogRequests
{
    public static EssentialTransportDefinition Transport(JsonElement? body)
    {
        string? sid = null, endpoint = null;
        bool? active = null;
        foreach (var property in ControlRequests.Properties(body))
        {
            switch (property.Name)
            {
                case "sid": sid = JsonFields.OptionalString(property); break;
                case "endpoint": endpoint = JsonFields.OptionalString(property); break;
                case "active": active = JsonFields.OptionalBoolean(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new EssentialTransportDefinition { Sid = sid, Endpoint = JsonFields.Required(endpoint, "endpoint"), Active = active ?? true };
    }

    public static EssentialCampaignDefinition Campaign(JsonElement? body)
    {
        var campaign = new EssentialCampaignDefinition { Name = string.Empty };
        foreach (var property in ControlRequests.Properties(body))
        {
            campaign = property.Name switch
            {
                "sid" => campaign with { Sid = JsonFields.OptionalString(property) },
                "name" => campaign with { Name = JsonFields.OptionalString(property) ?? string.Empty },
                "status" => campaign with { Status = JsonFields.OptionalString(property) ?? campaign.Status },
                "body" => campaign with { Body = JsonFields.OptionalString(property) },
                "media_urls" => campaign with { MediaUrls = JsonFields.OptionalStringArray(property) ?? [] },
                "tag_sids" => campaign with { TagSids = JsonFields.OptionalStringArray(property) ?? [] },
                "tag_operator" => campaign with { TagOperator = JsonFields.OptionalString(property) ?? campaign.TagOperator },
                "include_numbers" => campaign with { IncludeNumbers = JsonFields.OptionalStringArray(property) ?? [] },
                "exclude_numbers" => campaign with { ExcludeNumbers = JsonFields.OptionalStringArray(property) ?? [] },
                "external_ref_id" => campaign with { ExternalRefId = JsonFields.OptionalString(property) },
                "shorten_urls" => campaign with { ShortenUrls = JsonFields.OptionalBoolean(property) ?? false },
                "send_to_inboxed" => campaign with { SendToInboxed = JsonFields.OptionalBoolean(property) ?? false },
                "send_at" => campaign with { SendAt = Time(property) },
                "delivered" => campaign with { Delivered = JsonFields.OptionalInt32(property) ?? 0 },
                "failed" => campaign with { Failed = JsonFields.OptionalInt32(property) ?? 0 },
                "pending" => campaign with { Pending = JsonFields.OptionalInt32(property) ?? 0 },
                _ => throw JsonFields.Unknown(property),
            };
        }

        return campaign.Name.Length > 0 ? campaign : throw RequestRefusedException.BadRequest("'name' is required.");
    }

    private static DateTimeOffset? Time(JsonProperty property)
    {
        if (JsonFields.OptionalString(property) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw RequestRefusedException.BadRequest($"'{property.Name}' must be an ISO 8601 date-time.");
    }
}
