using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Phones;
using SubscriberSdk.MobileTextAlerts.Generated.Models;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>
/// Checks a <see cref="MobileTextAlertsMessage"/> as the provider would (content, character limit, recipients)
/// and builds the send request, so a send that cannot succeed is refused before anything goes out.
/// </summary>
internal static class MobileTextAlertsSendMapper
{
    public static SendMessageRequest ToRequest(MobileTextAlertsMessage message, string paramName, string defaultRegion)
    {
        Guard.NotNull(message, paramName);
        var text = string.IsNullOrEmpty(message.Text) ? null : message.Text;
        Guard.AtLeastOne($"{paramName} needs a Text or an ImageUrl.", paramName, text is not null, message.ImageUrl is not null);
        if (message.ImageUrl is { } image && !(image.IsAbsoluteUri && (image.Scheme == Uri.UriSchemeHttps || image.Scheme == Uri.UriSchemeHttp)))
        {
            throw new InvalidSubscriberArgumentException($"{paramName}.ImageUrl must be an absolute http or https URL the provider can fetch.", $"{paramName}.ImageUrl");
        }

        var isMms = message.ImageUrl is not null || message.IsMms;
        CheckLength(text, isMms, $"{paramName}.Text");
        var subscriberIds = MobileTextAlertsRequestMapper.Ids(message.SubscriberIds, $"{paramName}.SubscriberIds", "subscriber", required: false);
        var groups = MobileTextAlertsRequestMapper.Ids(message.GroupIds, $"{paramName}.GroupIds", "group", required: false);
        var recipients = Recipients(message.Recipients, $"{paramName}.Recipients", defaultRegion);
        var named = subscriberIds is not null || groups is not null || recipients is not null;
        if (message.AllSubscribers && named)
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName}.AllSubscribers messages every subscriber; leave SubscriberIds, Recipients and GroupIds empty.", $"{paramName}.AllSubscribers");
        }

        Guard.AtLeastOne($"{paramName} needs recipients: SubscriberIds, Recipients, GroupIds or AllSubscribers.", paramName, named, message.AllSubscribers);
        return new SendMessageRequest
        {
            Message = text,
            Image = message.ImageUrl?.AbsoluteUri,
            IsMMS = message.IsMms ? true : null,
            SubscriberIds = subscriberIds,
            Subscribers = recipients,
            Groups = groups,
            AllSubscribers = message.AllSubscribers ? true : null,
        };
    }

    /// <summary>Characters as the provider counts them (code points, so an emoji is one).</summary>
    private static void CheckLength(string? text, bool isMms, string paramName)
    {
        var limit = isMms ? MobileTextAlertsMessage.MmsMaxCharacters : MobileTextAlertsMessage.SmsMaxCharacters;
        var length = text is null ? 0 : text.Length <= limit ? text.Length : text.EnumerateRunes().Count();
        if (length > limit)
        {
            var advice = isMms ? "." : "; set IsMms (or an ImageUrl) to send up to 1550 as an MMS.";
            throw new InvalidSubscriberArgumentException($"{paramName} has {length} characters; an {(isMms ? "MMS" : "SMS")} takes at most {limit}{advice}", paramName);
        }
    }

    /// <summary>Each entry an email (it has an '@') or a phone number in E.164; null when there are none.</summary>
    private static List<string>? Recipients(IReadOnlyList<string>? entries, string paramName, string defaultRegion)
    {
        if (entries is null || entries.Count == 0)
        {
            return null;
        }

        if (entries.Count > Guard.MaxRecordsPerRequest)
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName} has {entries.Count} entries; one request takes at most {Guard.MaxRecordsPerRequest}. Split them over several sends.", paramName);
        }

        var recipients = new List<string>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var name = $"{paramName}[{i}]";
            var entry = Guard.Required(entries[i], name, $"{name} (a phone number or email address)");
            recipients.Add(entry.Contains('@', StringComparison.Ordinal)
                ? Guard.Email(entry, name)!
                : PhoneArgument.E164(entry, ProviderPhones.MobileTextAlerts, defaultRegion, name)!);
        }

        return recipients;
    }
}
