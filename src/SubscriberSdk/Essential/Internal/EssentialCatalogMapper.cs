using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential.Internal;

/// <summary>Turns the generated channel, transport and campaign models into the public ones, field for field.</summary>
internal static class EssentialCatalogMapper
{
    public static EssentialChannel ToChannel(Channel raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        AreaCodes = raw.AreaCodes?.ToList() ?? [],
        BotSid = raw.BotSid,
        CreatedAt = raw.CreatedAt,
        DeliveriesPausedAt = raw.DeliveriesPausedAt,
        EnableNewOutboundSubscribers = raw.CsProviderData?.EnableNewOutboundSubscribers,
        Enabled = raw.CsProviderData?.Enabled,
        MinCampaignDelayMinutes = raw.MinCampaignDelayMins,
        Name = raw.Name ?? string.Empty,
        OnReceivedUrl = raw.OnreceivedUrl,
        ReceivedPausedAt = raw.ReceivedPausedAt,
        Sid = raw.Sid ?? string.Empty,
        UpdatedAt = raw.UpdatedAt,
        WelcomeNewSubscribers = raw.CsProviderData?.WelcomeNewSubscribers,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static EssentialTransport ToTransport(Transport raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        Endpoint = raw.Endpoint ?? string.Empty,
        Protocol = EnumMapping.Convert<TransportProtocol, EssentialTransportProtocol>(raw.Protocol),
        Sid = raw.Sid ?? string.Empty,
        Status = raw.Status ?? string.Empty,
        StatusUpdatedAt = raw.StatusUpdatedAt,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static EssentialCampaign ToCampaign(Campaign raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        Body = raw.Body,
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        ExcludeNumbers = raw.ExcludeNumbers?.ToList() ?? [],
        ExternalRefId = raw.ExternalRefId,
        IncludeNumbers = raw.IncludeNumbers?.ToList() ?? [],
        MediaUrls = raw.MediaUrls?.ToList() ?? [],
        Name = raw.Name ?? string.Empty,
        Results = raw.Results?.Select(ToCampaignResult).ToList() ?? [],
        SendAt = raw.SendAt,
        SendToInboxed = raw.SendToInboxed,
        ShortenUrls = raw.ShortenUrls,
        Sid = raw.Sid ?? string.Empty,
        Status = raw.Status ?? string.Empty,
        TagOperator = raw.TagExpression?.Operator,
        TagSids = raw.TagExpression?.TagSids?.ToList() ?? [],
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    private static EssentialCampaignResult ToCampaignResult(CampaignResult raw) => new()
    {
        CreatedAt = raw.CreatedAt,
        Failure = raw.Failure,
        OwnerSid = raw.OwnerSid,
        OwnerType = raw.OwnerType,
        Pending = raw.Pending,
        Sid = raw.Sid ?? string.Empty,
        Status = raw.Status ?? string.Empty,
        Success = raw.Success,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };
}
