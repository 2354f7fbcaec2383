using System.Globalization;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// Resolves the <c>{idOrNumberOrEmail}</c> path value: anything with '@' is an email, '+' starts
/// an E.164 number, and digits are tried as a subscriber id first and then as a phone number
/// (ids are 9 digits and phone numbers normally 10 or more, so the two rarely meet).
/// </summary>
internal static class MtaSubscriberLookup
{
    public static MtaSubscriber? Find(MtaAccount account, string key)
    {
        key = key.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        if (key.Contains('@', StringComparison.Ordinal))
        {
            return account.FindByEmail(key);
        }

        if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && account.FindById(id) is { } byId)
        {
            return byId;
        }

        return MtaPhoneNumbers.TryParseNumber(key, out var phone) ? account.FindByPhone(phone) : null;
    }

    public static MtaSubscriber Require(MtaAccount account, string key) =>
        Find(account, key) ?? throw MtaRequestException.NotFound("Subscriber not found.");
}
