using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The unsubscribe list. Adding is idempotent; there is no way back through the API (the provider
/// documents none), and deleting or re-adding the subscriber leaves the entry in place.
/// </summary>
internal static class MtaUnsubscribeRules
{
    /// <summary>Adds the number; false when it was already on the list. The caller holds the account lock.</summary>
    public static bool Add(MtaAccount account, MtaIdGenerator ids, long phoneDigits, DateTimeOffset now)
    {
        if (account.UnsubscribesByPhone.ContainsKey(phoneDigits))
        {
            return false;
        }

        account.UnsubscribesByPhone[phoneDigits] = new MtaUnsubscribe(ids.NextUnsubscribeId(), phoneDigits, now);
        return true;
    }
}
