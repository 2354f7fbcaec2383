namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// Turns written text into digits: accepts an optional leading '+', digits and the punctuation
/// people write between them; anything else (letters, extensions, a second '+') is rejected
/// rather than guessed at.
/// </summary>
internal static class PhoneTextScanner
{
    /// <summary>libphonenumber refuses longer input outright, so nobody feeds a megabyte through the scanner.</summary>
    public const int MaxInputLength = 250;

    /// <summary>A country code (up to 3 digits) plus the longest national number (17 digits).</summary>
    public const int MaxDigits = 20;

    /// <summary>Writes the ASCII digits of <paramref name="text"/> into <paramref name="digits"/> (<see cref="MaxDigits"/> long).</summary>
    /// <returns><see cref="PhoneParseError.None"/> or why the text is not a number.</returns>
    public static PhoneParseError Scan(ReadOnlySpan<char> text, Span<char> digits, out int digitCount, out bool hasPlus)
    {
        digitCount = 0;
        hasPlus = false;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return PhoneParseError.Empty;
        }

        if (text.Length > MaxInputLength)
        {
            return PhoneParseError.TooLong;
        }

        foreach (var c in text)
        {
            var digit = PhoneCharacters.ToAsciiDigit(c);
            if (digit != '\0')
            {
                // Keep counting past the buffer: the count alone says the text is too long.
                if (digitCount < digits.Length)
                {
                    digits[digitCount] = digit;
                }

                digitCount++;
            }
            else if (PhoneCharacters.IsPlus(c))
            {
                // '+' may only come before the first digit, once: "(+1) 914" yes, "1+914" no.
                if (hasPlus || digitCount > 0)
                {
                    return PhoneParseError.NotANumber;
                }

                hasPlus = true;
            }
            else if (!PhoneCharacters.Punctuation.Contains(c))
            {
                return PhoneParseError.NotANumber;
            }
        }

        return digitCount switch
        {
            0 => PhoneParseError.NotANumber,
            < 2 => PhoneParseError.TooShort,
            > MaxDigits => PhoneParseError.TooLong,
            _ => PhoneParseError.None,
        };
    }
}
