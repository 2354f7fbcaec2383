namespace SubscriberSdk.Phones.Internal;

/// <summary>Decides a national number's type within one territory, in libphonenumber-js's order.</summary>
internal static class NumberTypeClassifier
{
    // Checked after fixed line, in this order; the first match wins.
    private static readonly PhoneNumberType[] OtherTypes =
    [
        PhoneNumberType.Mobile, PhoneNumberType.PremiumRate, PhoneNumberType.TollFree, PhoneNumberType.SharedCost,
        PhoneNumberType.Voip, PhoneNumberType.PersonalNumber, PhoneNumberType.Pager, PhoneNumberType.Uan,
        PhoneNumberType.Voicemail,
    ];

    /// <returns>The type, or <see cref="PhoneNumberType.Unknown"/> when the number is not valid in the territory.</returns>
    public static PhoneNumberType Classify(ReadOnlySpan<char> nationalNumber, Territory territory)
    {
        if (!territory.GeneralPattern.IsMatch(nationalNumber))
        {
            return PhoneNumberType.Unknown;
        }

        if (territory.GetTypeRule(PhoneNumberType.FixedLine) is { } fixedLine && fixedLine.Matches(nationalNumber))
        {
            // No separate mobile pattern means the country uses the same ranges for both.
            var mobile = territory.GetTypeRule(PhoneNumberType.Mobile);
            return mobile is null || mobile.Matches(nationalNumber) ? PhoneNumberType.FixedLineOrMobile : PhoneNumberType.FixedLine;
        }

        foreach (var type in OtherTypes)
        {
            if (territory.GetTypeRule(type) is { } rule && rule.Matches(nationalNumber))
            {
                return type;
            }
        }

        return PhoneNumberType.Unknown;
    }

    /// <summary>
    /// Among the territories sharing a country code (main one first), the one the number belongs to:
    /// by its leading digits where the territory has them, else by the first whose types match.
    /// </summary>
    public static Territory? FindRegion(ReadOnlySpan<char> nationalNumber, Territory[] candidates, out PhoneNumberType type)
    {
        if (candidates.Length == 1)
        {
            type = Classify(nationalNumber, candidates[0]);
            return candidates[0];
        }

        foreach (var candidate in candidates)
        {
            if (candidate.LeadingDigits is { } leadingDigits)
            {
                if (leadingDigits.IsMatch(nationalNumber))
                {
                    type = Classify(nationalNumber, candidate);
                    return candidate;
                }
            }
            else
            {
                type = Classify(nationalNumber, candidate);
                if (type != PhoneNumberType.Unknown)
                {
                    return candidate;
                }
            }
        }

        type = PhoneNumberType.Unknown;
        return null;
    }
}
