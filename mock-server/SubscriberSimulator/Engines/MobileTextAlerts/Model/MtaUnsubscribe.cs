using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// An entry of the account's unsubscribe list. The list is kept apart from subscriber records:
/// deleting or re-adding a subscriber never clears it.
/// </summary>
public sealed record MtaUnsubscribe(long Id, long PhoneDigits, DateTimeOffset Date)
{
    public string E164 => MtaPhoneNumbers.FormatE164(PhoneDigits);
}
