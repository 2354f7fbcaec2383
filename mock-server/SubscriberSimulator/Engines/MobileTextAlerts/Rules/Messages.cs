using System.Globalization;
using SubscriberSimulator.Core.Work;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>The engine sends SMS only, to E.164 numbers, with the subscriber id (when there is one) in the metadata.</summary>
internal static class Messages
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>(0, StringComparer.Ordinal);

    public static PendingMessage Sms(string kind, long phoneDigits, string body, long subscriberId) =>
        new("sms", MtaPhoneNumbers.FormatE164(phoneDigits), kind, body, subscriberId == 0
            ? NoMetadata
            : new Dictionary<string, string>(1, StringComparer.Ordinal) { ["subscriberId"] = subscriberId.ToString(CultureInfo.InvariantCulture) });
}
