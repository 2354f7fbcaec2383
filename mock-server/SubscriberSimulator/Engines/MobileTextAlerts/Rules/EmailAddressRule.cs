namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>A deliberately plain email check: one '@', a non-empty local part, a dotted domain, no spaces.</summary>
internal static class EmailAddressRule
{
    public const int MaxLength = 254;

    public static bool IsValid(string email)
    {
        if (email.Length is 0 or > MaxLength)
        {
            return false;
        }

        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@'))
        {
            return false;
        }

        var domain = email.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1)
        {
            return false;
        }

        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
