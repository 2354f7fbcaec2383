using System.Globalization;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The engine's outgoing texts, to E.164 numbers: SMS, and MMS for a send with an attachment. The
/// subscriber id (when there is one) is in the metadata; a send adds its message id and image.
/// </summary>
internal static class Messages
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>(0, StringComparer.Ordinal);

    public static PendingMessage Sms(string kind, long phoneDigits, string body, long subscriberId) =>
        new("sms", MtaPhoneNumbers.FormatE164(phoneDigits), kind, body, subscriberId == 0
            ? NoMetadata
            : new Dictionary<string, string>(1, StringComparer.Ordinal) { ["subscriberId"] = subscriberId.ToString(CultureInfo.InvariantCulture) });

    /// <summary>One recipient's copy of a <c>POST /v3/send</c> message.</summary>
    public static PendingMessage Sent(MtaSubscriber recipient, string body, bool isMms, string? image, string messageId)
    {
        var metadata = new Dictionary<string, string>(3, StringComparer.Ordinal)
        {
            ["subscriberId"] = recipient.Id.ToString(CultureInfo.InvariantCulture),
            ["messageId"] = messageId,
        };
        if (image is not null)
        {
            metadata["image"] = image;
        }

        return new PendingMessage(isMms ? "mms" : "sms", MtaPhoneNumbers.FormatE164(recipient.PhoneDigits), MessageKinds.Message, body, metadata);
    }
}
