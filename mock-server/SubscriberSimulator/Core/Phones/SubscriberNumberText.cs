using System.Globalization;

namespace SubscriberSimulator.Core.Phones;

/// <summary>
/// One pass over a number's characters, for the strictness providers expect of a subscriber's number and
/// libphonenumber does not (it reads a number out of "call +1 914 844 0001 now", turns "FLOWERS" into
/// digits and splits off "x12"). Digits are those of any script, as libphonenumber reads them.
/// </summary>
internal readonly struct SubscriberNumberText
{
    private readonly bool _blank;
    private readonly bool _hasDigit;
    private readonly bool _wordBeforeDigits;
    private readonly bool _strayCharacter;
    private readonly bool _letterAfterFirstDigit;
    private readonly bool _extensionMark;
    private readonly bool _plusBeforeDigits;

    private SubscriberNumberText(string text)
    {
        _blank = string.IsNullOrWhiteSpace(text);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                _hasDigit = true;
            }
            else if (char.IsLetter(c))
            {
                _wordBeforeDigits |= !_hasDigit;
                _letterAfterFirstDigit |= _hasDigit;
            }
            else if (c is '#' or ',' or ';' or '=')
            {
                // libphonenumber reads an extension after these; whether it did is known only after parsing.
                _extensionMark = true;
                _strayCharacter |= !_hasDigit;
            }
            else if (IsPlus(c) && !_hasDigit && !_plusBeforeDigits)
            {
                _plusBeforeDigits = true;
            }
            else if (!IsSeparator(c))
            {
                _strayCharacter = true;
            }
        }
    }

    public static SubscriberNumberText Scan(string text) => new(text);

    /// <summary>Written with a plus: the number carries its country code.</summary>
    public bool HasPlus => _plusBeforeDigits;

    /// <summary>The rule broken on the characters alone, or null.</summary>
    public PhoneRule? RuleBeforeParsing =>
        _blank ? PhoneRule.Empty
        : !_hasDigit ? PhoneRule.NoDigits
        : _wordBeforeDigits ? PhoneRule.TextAround
        : _strayCharacter ? PhoneRule.Symbols
        : null;

    /// <summary>The rule broken once libphonenumber has read the number: the extension it found, then letters or marks left over.</summary>
    public PhoneRule? RuleAfterParsing(bool extensionFound) =>
        extensionFound ? PhoneRule.Extension
        : _letterAfterFirstDigit ? PhoneRule.Letters
        : _extensionMark ? PhoneRule.Symbols
        : null;

    private static bool IsPlus(char c) => c is '+' or '\uFF0B';

    /// <summary>Spaces, dashes, dots, slashes and brackets, full-width forms included.</summary>
    private static bool IsSeparator(char c) => c switch
    {
        '.' or '/' or '(' or ')' or '[' or ']' => true,
        '\uFF0E' or '\uFF0F' or '\uFF08' or '\uFF09' or '\uFF3B' or '\uFF3D' => true,
        '\u00AD' or '\u200B' or '\u2060' => true,
        _ => char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation,
    };
}
