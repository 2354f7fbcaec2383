using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential.Internal;

/// <summary>Turns the generated message models into the public ones, field for field.</summary>
internal static class EssentialMessageMapper
{
    public static EssentialMessage ToMessage(Message raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        Body = raw.Body,
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        DeliveryAttempts = raw.DeliveryAttempts,
        ExternalOwnerId = raw.ExternalOwnerId,
        FromPhoneNumber = raw.FromPhoneNumber,
        MediaUrls = raw.MediaUrls?.ToList() ?? [],
        NotifiedReceivedAt = raw.NotifiedReceivedAt,
        NotifiedReceivedResult = raw.NotifiedReceivedResult,
        NotifiedStatusAt = raw.NotifiedStatusAt,
        NotifiedStatusResult = raw.NotifiedStatusResult,
        OnStatusUrl = raw.OnstatusUrl,
        Sid = raw.Sid ?? string.Empty,
        Status = raw.Status ?? string.Empty,
        StatusUpdatedAt = raw.StatusUpdatedAt,
        SubscriberSid = raw.SubscriberSid ?? string.Empty,
        ToPhoneNumber = raw.ToPhoneNumber,
        TransportSid = raw.TransportSid,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static EssentialMessageSearchResult ToSearchResult(MessageSearchResult raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        Body = raw.Body,
        Carrier = raw.Carrier,
        ChannelName = raw.ChannelName,
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        FromPhoneNumber = raw.FromPhoneNumber,
        MediaUrls = raw.MediaUrls?.ToList() ?? [],
        MillisecondsInFlight = raw.MsecsInFlight,
        Sid = raw.Sid ?? string.Empty,
        Status = raw.Status ?? string.Empty,
        SubscriberSid = raw.SubscriberSid,
        ToPhoneNumber = raw.ToPhoneNumber,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    /// <summary>A search page; <c>total</c> and <c>results</c> are required, so a body without them is an unusable success.</summary>
    public static IReadOnlyList<EssentialMessageSearchResult> ToSearchResults(MessageSearchResponse raw) =>
        [.. ResponseValue.Required(raw.Results).Select(ToSearchResult)];
}
