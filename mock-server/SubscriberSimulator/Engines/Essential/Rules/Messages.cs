using SubscriberSimulator.Core.Work;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>Essential sends SMS only, to the subscriber's +1 number.</summary>
internal static class Messages
{
    public static PendingMessage Sms(string kind, long phoneNumber, string body, IReadOnlyDictionary<string, string> metadata) =>
        new("sms", UsPhoneNumber.ToE164(phoneNumber), kind, body, metadata);
}
