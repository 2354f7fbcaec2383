using System.Buffers;

namespace SubscriberSdk.Phones.Internal;

/// <summary>Writes numbers in national and international form using the territory's format rules.</summary>
internal static class PhoneNumberFormatter
{
    public static string Format(in PhoneNumber number, Territory plan, PhoneNumberFormat format)
    {
        switch (format)
        {
            case PhoneNumberFormat.E164:
                return number.E164;
            case PhoneNumberFormat.National:
                return FormatNationalNumber(number.NationalNumberDigits, plan, international: false);
            case PhoneNumberFormat.International:
                return $"+{plan.CountryCodeText} {FormatNationalNumber(number.NationalNumberDigits, plan, international: true)}";
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown phone number format.");
        }
    }

    private static string FormatNationalNumber(ReadOnlySpan<char> nationalNumber, Territory plan, bool international)
    {
        foreach (var rule in plan.Formats)
        {
            if (rule.AppliesTo(nationalNumber))
            {
                var text = nationalNumber.ToString();
                return international
                    ? ToInternationalSeparators(rule.Pattern.ReplaceFirst(text, rule.InternationalReplacement))
                    : rule.Pattern.ReplaceFirst(text, rule.NationalReplacement);
            }
        }

        // No rule for this number: the digits alone are still a correct way to write it.
        return nationalNumber.ToString();
    }

    // International form separates groups with single spaces only (libphonenumber-js's convention).
    private static string ToInternationalSeparators(string formatted)
    {
        var span = formatted.AsSpan().Trim();
        if (span.IndexOfAny(PhoneCharacters.Punctuation) < 0)
        {
            return span.Length == formatted.Length ? formatted : span.ToString();
        }

        var buffer = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            var length = 0;
            var inSeparator = false;
            foreach (var c in span)
            {
                if (PhoneCharacters.Punctuation.Contains(c))
                {
                    inSeparator = true;
                    continue;
                }

                if (inSeparator && length > 0)
                {
                    buffer[length++] = ' ';
                }

                inSeparator = false;
                buffer[length++] = c;
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
