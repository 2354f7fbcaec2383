using System.Globalization;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The list endpoint's <c>query</c>: a case-insensitive substring of first name, last name, email,
/// the number's digits or a custom-field value, as the provider describes it.
/// </summary>
internal static class SubscriberSearch
{
    public static bool Matches(MtaSubscriber subscriber, string search)
    {
        if (Contains(subscriber.FirstName, search) || Contains(subscriber.LastName, search) || Contains(subscriber.Email, search))
        {
            return true;
        }

        if (subscriber.HasPhone && subscriber.PhoneDigits.ToString(CultureInfo.InvariantCulture).Contains(search.TrimStart('+'), StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var field in subscriber.Fields)
        {
            if (Contains(field.Data, search))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string? value, string search) =>
        value is not null && value.Contains(search, StringComparison.OrdinalIgnoreCase);
}
