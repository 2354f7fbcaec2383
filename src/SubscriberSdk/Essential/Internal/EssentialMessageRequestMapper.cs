using System.Globalization;
using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Essential.Generated.V2.Account.Messages.Search;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential.Internal;

/// <summary>Checks message sends and searches before anything is sent, and builds the generated request models.</summary>
internal static class EssentialMessageRequestMapper
{
    private const int MaxBodyLength = 1600;
    private const int MaxMediaUrls = 10;
    private const int MaxExternalOwnerIdLength = 255;

    public static SendMessageRequest ToChannelMessage(EssentialMessageRequest request)
    {
        var fields = Check(request);
        return new SendMessageRequest
        {
            Body = fields.Body,
            MediaUrls = fields.MediaUrls,
            Transport = fields.Transport,
            Protocol = fields.Protocol,
            Priority = fields.Priority,
            OnstatusUrl = fields.OnStatusUrl,
            IsTemplate = fields.IsTemplate,
            ExternalOwnerId = fields.ExternalOwnerId,
            ShortenUrls = fields.ShortenUrls,
        };
    }

    public static CreateAccountMessageRequest ToSubscriberMessage(string subscriberSid, EssentialMessageRequest request)
    {
        var subscriber = Guard.Required(subscriberSid, nameof(subscriberSid), "subscriberSid");
        var fields = Check(request);

        // The two generated bodies share no base type or interface, so each is filled from the same checked fields.
        return new CreateAccountMessageRequest
        {
            Subscriber = subscriber,
            Body = fields.Body,
            MediaUrls = fields.MediaUrls,
            Transport = fields.Transport,
            Protocol = fields.Protocol,
            Priority = fields.Priority,
            OnstatusUrl = fields.OnStatusUrl,
            IsTemplate = fields.IsTemplate,
            ExternalOwnerId = fields.ExternalOwnerId,
            ShortenUrls = fields.ShortenUrls,
        };
    }

    /// <summary>
    /// Essential's <c>{subscriber_number_or_sid}</c> segment: a value without letters is a phone number
    /// (sent as its 10 digits, refused if Essential would refuse it), anything else a subscriber SID.
    /// </summary>
    public static string SubscriberSegment(string numberOrSid, string paramName)
    {
        var value = Guard.Required(numberOrSid, paramName, $"{paramName} (the subscriber's phone number or SID)");
        return value.Any(char.IsLetter) ? value : EssentialRequestMapper.PathPhone(value, paramName);
    }

    /// <summary>Refuses filters that cannot succeed, before the first page is asked for.</summary>
    public static void CheckSearch(EssentialMessageSearch? search) => ApplySearch(new(), search);

    /// <summary>Sets the search filters on the query; null filters are left out.</summary>
    public static void ApplySearch(SearchRequestBuilder.SearchRequestBuilderGetQueryParameters query, EssentialMessageSearch? search)
    {
        if (search is null)
        {
            return;
        }

        if (search.StartTime is { } start && search.EndTime is { } end && end < start)
        {
            throw new InvalidSubscriberArgumentException("EndTime is before StartTime: no message can match.", nameof(search));
        }

        query.Channel = search.Channel is null ? null : Guard.Required(search.Channel, "search.Channel", "Channel (a SID or name)");
        query.ToPhoneNumber = NumberOrShortCode(search.ToPhoneNumber, "search.ToPhoneNumber");
        query.FromPhoneNumber = NumberOrShortCode(search.FromPhoneNumber, "search.FromPhoneNumber");
        query.StartTime = Timestamp(search.StartTime);
        query.EndTime = Timestamp(search.EndTime);
        query.Status = search.Status is null ? null : Guard.Required(search.Status, "search.Status", "Status");
    }

    private static MessageFields Check(EssentialMessageRequest request)
    {
        Guard.NotNull(request, nameof(request));
        var media = request.MediaUrls?.ToList() ?? [];
        Guard.AtLeastOne("A message needs a Body or at least one of MediaUrls.", nameof(request), !string.IsNullOrEmpty(request.Body), media.Count > 0);
        if (request.Body is { Length: > MaxBodyLength })
        {
            throw new InvalidSubscriberArgumentException($"request.Body has {request.Body.Length} characters; Essential takes at most {MaxBodyLength}.", "request.Body");
        }

        if (media.Count > MaxMediaUrls || !media.TrueForAll(IsHttpUrl))
        {
            throw new InvalidSubscriberArgumentException($"request.MediaUrls takes 1 to {MaxMediaUrls} absolute http(s) URLs.", "request.MediaUrls");
        }

        if (request.OnStatusUrl is not null && !Uri.TryCreate(request.OnStatusUrl, UriKind.Absolute, out _))
        {
            throw new InvalidSubscriberArgumentException("request.OnStatusUrl must be an absolute URL.", "request.OnStatusUrl");
        }

        if (request.ExternalOwnerId is { Length: > MaxExternalOwnerIdLength })
        {
            throw new InvalidSubscriberArgumentException($"request.ExternalOwnerId takes at most {MaxExternalOwnerIdLength} characters.", "request.ExternalOwnerId");
        }

        return new MessageFields(
            string.IsNullOrEmpty(request.Body) ? null : request.Body,
            media.Count == 0 ? null : media,
            request.Transport is null ? null : Guard.Required(request.Transport, "request.Transport", "Transport (a SID or endpoint)"),
            EnumMapping.Convert<EssentialTransportProtocol, TransportProtocol>(request.Protocol),
            request.Priority == EssentialMessagePriority.Low ? MessagePriority.Low : null,
            request.OnStatusUrl,
            request.IsTemplate ? true : null,
            request.ExternalOwnerId,
            request.ShortenUrls ? true : null);
    }

    // A short code (5 or 6 digits) as it is; anything else must be a US number Essential accepts.
    private static string? NumberOrShortCode(string? value, string paramName)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: 5 or 6 } && trimmed.All(char.IsAsciiDigit) ? trimmed : EssentialRequestMapper.Phone(trimmed, paramName);
    }

    private static string? Timestamp(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The checked fields both send bodies carry; false flags are left out (the server's default).</summary>
    private sealed record MessageFields(
        string? Body,
        List<string>? MediaUrls,
        string? Transport,
        TransportProtocol? Protocol,
        MessagePriority? Priority,
        string? OnStatusUrl,
        bool? IsTemplate,
        string? ExternalOwnerId,
        bool? ShortenUrls);
}
