namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// libphonenumber's parsing algorithm (as libphonenumber-js implements it) over the embedded
/// metadata: country code from '+', an international dialling prefix or the default region;
/// national prefix and carrier code stripped; region and type decided from the patterns.
/// </summary>
internal static class PhoneNumberParser
{
    private const int MinNationalNumberLength = 2;
    private const int MaxNationalNumberLength = 17;
    private const int MaxCountryCodeLength = 3;

    /// <summary>The longest E.164 number: country code and national number together.</summary>
    private const int MaxE164Digits = 15;

    public static PhoneParseError TryParse(string? text, string? defaultRegion, PhoneMetadata metadata, out PhoneNumber number)
    {
        number = default;
        Territory? defaultTerritory = null;
        if (!string.IsNullOrEmpty(defaultRegion))
        {
            defaultTerritory = metadata.GetRegion(defaultRegion);
            if (defaultTerritory is null)
            {
                return PhoneParseError.UnknownRegion;
            }
        }

        if (text is null)
        {
            return PhoneParseError.Empty;
        }

        Span<char> buffer = stackalloc char[PhoneTextScanner.MaxDigits];
        var error = PhoneTextScanner.Scan(text, buffer, out var digitCount, out var hasPlus);
        if (error != PhoneParseError.None)
        {
            return error;
        }

        ReadOnlySpan<char> digits = buffer[..digitCount];
        int countryCode;
        Territory plan;
        var fromDefaultRegion = false;
        if (hasPlus)
        {
            error = SplitCountryCode(digits, metadata, out countryCode, out digits);
            if (error != PhoneParseError.None)
            {
                return error;
            }

            plan = metadata.GetMainTerritory(countryCode)!;
        }
        else if (defaultTerritory is null)
        {
            return PhoneParseError.MissingCountryCode;
        }
        else if (TryStripInternationalPrefix(digits, defaultTerritory, out var afterPrefix))
        {
            error = SplitCountryCode(afterPrefix, metadata, out countryCode, out digits);
            if (error != PhoneParseError.None)
            {
                return error;
            }

            plan = metadata.GetMainTerritory(countryCode)!;
        }
        else if (StartsWithOwnCountryCode(digits, defaultTerritory, metadata, out var afterCountryCode))
        {
            countryCode = defaultTerritory.CountryCode;
            digits = afterCountryCode;
            plan = metadata.GetMainTerritory(countryCode)!;
        }
        else
        {
            countryCode = defaultTerritory.CountryCode;
            plan = defaultTerritory;
            fromDefaultRegion = true;
        }

        if (digits.Length == 0)
        {
            return PhoneParseError.TooShort;
        }

        var nationalNumber = NationalNumberExtractor.Extract(digits, plan, metadata, out _);
        if (nationalNumber.Length < MinNationalNumberLength)
        {
            return PhoneParseError.TooShort;
        }

        if (nationalNumber.Length > MaxNationalNumberLength)
        {
            return PhoneParseError.TooLong;
        }

        var region = NumberTypeClassifier.FindRegion(nationalNumber, metadata.GetTerritories(countryCode)!, out var type);
        if (region is null && fromDefaultRegion)
        {
            region = defaultTerritory;
            type = NumberTypeClassifier.Classify(nationalNumber, region!);
        }

        var e164 = IsCanonicalE164(text, plan, nationalNumber) ? text : BuildE164(plan.CountryCodeText, nationalNumber);
        number = new PhoneNumber(e164, region ?? plan, region is not null, type);
        return PhoneParseError.None;
    }

    /// <summary>
    /// Strict E.164 as Attentive demands it: '+', country code and national number, 15 digits at
    /// most, nothing else; and the number must be valid. No national prefix is stripped.
    /// </summary>
    public static PhoneParseError TryParseE164Strict(string? text, PhoneMetadata metadata, out PhoneNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return PhoneParseError.Empty;
        }

        if (text[0] != '+' || !PhoneCharacters.AreAsciiDigits(text.AsSpan(1)))
        {
            return PhoneParseError.NotE164;
        }

        var digits = text.AsSpan(1);
        if (digits.Length > MaxE164Digits)
        {
            return PhoneParseError.TooLong;
        }

        var error = SplitCountryCode(digits, metadata, out var countryCode, out var nationalNumber);
        if (error != PhoneParseError.None)
        {
            return error;
        }

        if (nationalNumber.Length < MinNationalNumberLength)
        {
            return PhoneParseError.TooShort;
        }

        var region = NumberTypeClassifier.FindRegion(nationalNumber, metadata.GetTerritories(countryCode)!, out var type);
        number = new PhoneNumber(text, region ?? metadata.GetMainTerritory(countryCode)!, region is not null, type);
        return ValidityError(number);
    }

    /// <summary><see cref="PhoneParseError.None"/> for a valid number, else why it is not valid.</summary>
    public static PhoneParseError ValidityError(in PhoneNumber number)
    {
        if (number.IsValid)
        {
            return PhoneParseError.None;
        }

        return number.LengthResult switch
        {
            PhoneNumberLengthResult.TooShort => PhoneParseError.TooShort,
            PhoneNumberLengthResult.TooLong => PhoneParseError.TooLong,
            PhoneNumberLengthResult.InvalidLength => PhoneParseError.InvalidLength,
            _ => PhoneParseError.InvalidNumber,
        };
    }

    private static PhoneParseError SplitCountryCode(ReadOnlySpan<char> digits, PhoneMetadata metadata, out int countryCode, out ReadOnlySpan<char> rest)
    {
        countryCode = 0;
        rest = default;
        // Country codes never start with 0 (libphonenumber reads +0... as an invalid code).
        if (digits.IsEmpty || digits[0] == '0')
        {
            return digits.IsEmpty ? PhoneParseError.TooShort : PhoneParseError.InvalidCountryCode;
        }

        var code = 0;
        for (var length = 1; length <= MaxCountryCodeLength && length <= digits.Length; length++)
        {
            code = (code * 10) + (digits[length - 1] - '0');
            if (metadata.GetTerritories(code) is not null)
            {
                countryCode = code;
                rest = digits[length..];
                return PhoneParseError.None;
            }
        }

        return PhoneParseError.InvalidCountryCode;
    }

    // "011 44 20..." dialled from the US: the prefix stands for '+', unless a 0 follows it.
    private static bool TryStripInternationalPrefix(ReadOnlySpan<char> digits, Territory region, out ReadOnlySpan<char> rest)
    {
        rest = default;
        var prefixLength = region.InternationalPrefix?.MatchLength(digits) ?? -1;
        if (prefixLength <= 0 || prefixLength >= digits.Length || digits[prefixLength] == '0')
        {
            return false;
        }

        rest = digits[prefixLength..];
        return true;
    }

    // "1 914 844 0001" with region US: the leading 1 is the country code when only the shorter number fits the plan.
    private static bool StartsWithOwnCountryCode(ReadOnlySpan<char> digits, Territory region, PhoneMetadata metadata, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (!digits.StartsWith(region.CountryCodeText, StringComparison.Ordinal))
        {
            return false;
        }

        var shorter = digits[region.CountryCodeText.Length..];
        var shorterNational = NationalNumberExtractor.Extract(shorter, region, metadata, out _);
        var wholeNational = NationalNumberExtractor.Extract(digits, region, metadata, out _);
        var pattern = region.GeneralPattern;
        if ((!pattern.IsMatch(wholeNational) && pattern.IsMatch(shorterNational))
            || region.Lengths.Check(wholeNational.Length) == PhoneNumberLengthResult.TooLong)
        {
            rest = shorter;
            return true;
        }

        return false;
    }

    private static bool IsCanonicalE164(string text, Territory plan, ReadOnlySpan<char> nationalNumber)
    {
        var codeLength = plan.CountryCodeText.Length;
        return text.Length == 1 + codeLength + nationalNumber.Length
            && text[0] == '+'
            && text.AsSpan(1, codeLength).SequenceEqual(plan.CountryCodeText)
            && text.AsSpan(1 + codeLength).SequenceEqual(nationalNumber);
    }

    private static string BuildE164(string countryCode, ReadOnlySpan<char> nationalNumber)
    {
        Span<char> result = stackalloc char[1 + MaxCountryCodeLength + MaxNationalNumberLength];
        result[0] = '+';
        countryCode.CopyTo(result[1..]);
        nationalNumber.CopyTo(result[(1 + countryCode.Length)..]);
        return new string(result[..(1 + countryCode.Length + nationalNumber.Length)]);
    }
}
