using System.Buffers;

namespace SubscriberSdk.Phones.Internal;

/// <summary>The characters libphonenumber accepts in a written phone number.</summary>
internal static class PhoneCharacters
{
    /// <summary>Dashes, slashes, dots, spaces, brackets and tildes people put between digits.</summary>
    public static readonly SearchValues<char> Punctuation = SearchValues.Create(
        "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D" // dashes
        + "\uFF0F/" // slashes
        + "\uFF0E." // dots
        + " \u00A0\u00AD\u200B\u2060\u3000" // spaces
        + "()\uFF08\uFF09\uFF3B\uFF3D[]" // brackets
        + "~\u2053\u223C\uFF5E"); // tildes

    /// <summary>True when every character is an ASCII digit (true for an empty span).</summary>
    public static bool AreAsciiDigits(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsPlus(char c) => c is '+' or '\uFF0B';

    /// <summary>The ASCII digit for ASCII, full-width, Arabic-Indic and Eastern Arabic-Indic digits; '\0' otherwise.</summary>
    public static char ToAsciiDigit(char c) => c switch
    {
        >= '0' and <= '9' => c,
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => '\0',
    };
}
