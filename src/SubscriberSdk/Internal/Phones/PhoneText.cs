using System.Globalization;

namespace SubscriberSdk.Internal.Phones;

/// <summary>
/// The strictness a subscriber's number needs on top of libphonenumber. The library is made for diallers:
/// it finds a number inside text ("call +1 914 844 0001 now"), turns vanity letters into digits and
/// splits off extensions. A subscriber key must be the number alone, so the characters are checked here,
/// before parsing (what needs no parsing) and after (an extension the library split off, letters it read
/// as digits). Digits are those of any script (<see cref="char.IsDigit(char)"/>), as libphonenumber reads them.
/// </summary>
internal static class PhoneText
{
    public static PhoneRule? BeforeParsing(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PhoneRule.Empty;
        }

        var firstDigit = IndexOfFirst(text, char.IsDigit);
        if (firstDigit < 0)
        {
            return PhoneRule.NoDigits;
        }

        var firstLetter = IndexOfFirst(text, char.IsLetter);
        if (firstLetter >= 0 && firstLetter < firstDigit)
        {
            return PhoneRule.TextAround;
        }

        // One plus before the digits; after the first digit, letters and extension marks wait for the
        // parser, which tells an extension from a vanity number.
        var plusSeen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowed = i < firstDigit
                ? IsSeparator(c) || (IsPlus(c) && !plusSeen)
                : char.IsDigit(c) || char.IsLetter(c) || IsSeparator(c) || IsExtensionMark(c);
            if (!allowed)
            {
                return PhoneRule.Symbols;
            }

            plusSeen |= IsPlus(c);
        }

        return null;
    }

    public static PhoneRule? AfterParsing(string text, bool libraryFoundExtension)
    {
        if (libraryFoundExtension)
        {
            return PhoneRule.Extension;
        }

        if (IndexOfFirst(text, char.IsLetter) >= 0)
        {
            return PhoneRule.Letters;
        }

        return IndexOfFirst(text, IsExtensionMark) >= 0 ? PhoneRule.Symbols : null;
    }

    /// <summary>True when a plus comes before the first digit: the number carries its country code.</summary>
    public static bool HasPlusBeforeDigits(string text)
    {
        var firstDigit = IndexOfFirst(text, char.IsDigit);
        var firstPlus = IndexOfFirst(text, IsPlus);
        return firstPlus >= 0 && (firstDigit < 0 || firstPlus < firstDigit);
    }

    /// <summary>The ASCII plus and its full-width form, which libphonenumber also reads.</summary>
    public static bool IsPlus(char c) => c is '+' or '\uFF0B';

    /// <summary>What people put between digits: spaces, dashes, dots, slashes and brackets, with their full-width forms.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c)
        || char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation
        || c is '.' or '/' or '(' or ')' or '[' or ']'
            or '\uFF0E' or '\uFF0F' or '\uFF08' or '\uFF09' or '\uFF3B' or '\uFF3D'
            or '\u00AD' or '\u200B' or '\u2060';

    private static int IndexOfFirst(string text, Func<char, bool> match)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (match(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Marks after which libphonenumber reads an extension ("#12", ",12", ";ext=12").</summary>
    private static bool IsExtensionMark(char c) => c is '#' or ',' or ';' or '=';
}
