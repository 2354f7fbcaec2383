using SubscriberSdk.Phones.Internal;

namespace SubscriberSdk.Phones;

/// <summary>
/// Parses and validates phone numbers with Google's libphonenumber metadata (as shipped by
/// libphonenumber-js, embedded in this assembly). Thread-safe; the metadata loads on first use.
/// </summary>
/// <remarks>
/// <para>Parsing follows libphonenumber: a number with '+' carries its country code; one without
/// needs a default region, whose international dialling prefix (011 in the US, 00 in GB) and
/// national prefix (1, 0) are understood. Unlike libphonenumber, the text must be the number alone:
/// letters, vanity numbers and extensions are rejected, not guessed at.</para>
/// <para><c>Parse</c>/<c>TryParse</c> reject what is not a number at all; the result's
/// <see cref="PhoneNumber.IsValid"/> then says whether it exists. <c>ParseValid</c>/<c>TryParseValid</c>
/// and the E.164-strict methods do both.</para>
/// </remarks>
public static class PhoneNumbers
{
    /// <summary>The region code of numbers that belong to no country (+800, +808, +870, +882, ...).</summary>
    public const string NonGeographicRegion = "001";

    /// <summary>The metadata's origin, for example "libphonenumber-js@1.13.16".</summary>
    public static string MetadataSource => PhoneMetadata.Default.Source;

    /// <summary>The ISO 3166 region codes the metadata covers, sorted.</summary>
    public static IReadOnlyList<string> SupportedRegions => PhoneMetadata.Default.RegionCodes;

    /// <summary>Parses a number in E.164, international or national form.</summary>
    /// <param name="text">The number as written, for example "+1 914-844-0001" or "(914) 844-0001".</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers written without '+' ("US", "GB"); optional.</param>
    /// <returns>The number; check <see cref="PhoneNumber.IsValid"/> before relying on it.</returns>
    /// <exception cref="PhoneNumberParseException">The text is not a phone number; <see cref="PhoneNumberParseException.Error"/> says why.</exception>
    public static PhoneNumber Parse(string? text, string? defaultRegion = null) =>
        TryParse(text, defaultRegion, out var number, out var error) ? number : throw new PhoneNumberParseException(error);

    /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers written without '+'; may be null.</param>
    /// <param name="number">The number, or <c>default</c> on failure.</param>
    /// <param name="error">Why parsing failed, or <see cref="PhoneParseError.None"/>.</param>
    /// <returns>True when the text is a phone number.</returns>
    public static bool TryParse(string? text, string? defaultRegion, out PhoneNumber number, out PhoneParseError error)
    {
        error = PhoneNumberParser.TryParse(text, defaultRegion, PhoneMetadata.Default, out number);
        return error == PhoneParseError.None;
    }

    /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers written without '+'; may be null.</param>
    /// <param name="number">The number, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a phone number.</returns>
    public static bool TryParse(string? text, string? defaultRegion, out PhoneNumber number) =>
        TryParse(text, defaultRegion, out number, out _);

    /// <summary>Parses a number and requires it to be valid (a possible length, then the region's patterns).</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers written without '+'; optional.</param>
    /// <returns>The valid number.</returns>
    /// <exception cref="PhoneNumberParseException">The text is not a valid phone number; <see cref="PhoneNumberParseException.Error"/> says why.</exception>
    public static PhoneNumber ParseValid(string? text, string? defaultRegion = null) =>
        TryParseValid(text, defaultRegion, out var number, out var error) ? number : throw new PhoneNumberParseException(error);

    /// <summary>Parses like <see cref="ParseValid"/> without throwing.</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers written without '+'; may be null.</param>
    /// <param name="number">The valid number, or <c>default</c>.</param>
    /// <param name="error">Why the text was rejected, or <see cref="PhoneParseError.None"/>.</param>
    /// <returns>True when the text is a valid phone number.</returns>
    public static bool TryParseValid(string? text, string? defaultRegion, out PhoneNumber number, out PhoneParseError error)
    {
        error = PhoneNumberParser.TryParse(text, defaultRegion, PhoneMetadata.Default, out number);
        if (error == PhoneParseError.None)
        {
            error = PhoneNumberParser.ValidityError(number);
        }

        if (error != PhoneParseError.None)
        {
            number = default;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Parses strict E.164 ('+', country code and national number, at most 15 digits, nothing else:
    /// +19148440001) and requires the number to be valid. This is the form Attentive demands.
    /// </summary>
    /// <param name="text">The number, exactly in E.164 form.</param>
    /// <returns>The valid number.</returns>
    /// <exception cref="PhoneNumberParseException">Not strict E.164, or not a valid number; <see cref="PhoneNumberParseException.Error"/> says why.</exception>
    public static PhoneNumber ParseE164Strict(string? text) =>
        TryParseE164Strict(text, out var number, out var error) ? number : throw new PhoneNumberParseException(error);

    /// <summary>Parses like <see cref="ParseE164Strict"/> without throwing.</summary>
    /// <param name="text">The number, exactly in E.164 form.</param>
    /// <param name="number">The valid number, or <c>default</c>.</param>
    /// <param name="error">Why the text was rejected, or <see cref="PhoneParseError.None"/>.</param>
    /// <returns>True when the text is a valid number in strict E.164 form.</returns>
    public static bool TryParseE164Strict(string? text, out PhoneNumber number, out PhoneParseError error)
    {
        error = PhoneNumberParser.TryParseE164Strict(text, PhoneMetadata.Default, out number);
        if (error != PhoneParseError.None)
        {
            number = default;
            return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> is a valid phone number.</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers written without '+'; optional.</param>
    /// <returns>Whether the number parses and exists in its region's numbering plan.</returns>
    public static bool IsValid(string? text, string? defaultRegion = null) =>
        TryParseValid(text, defaultRegion, out _, out _);

    /// <summary>The country calling code of a region: 1 for "US", 44 for "GB".</summary>
    /// <param name="regionCode">ISO 3166 region code, case-insensitive.</param>
    /// <returns>The country calling code.</returns>
    /// <exception cref="ArgumentException">The region is not in the metadata.</exception>
    public static int GetCountryCode(string regionCode) =>
        PhoneMetadata.Default.GetRegion(regionCode)?.CountryCode
        ?? throw new ArgumentException($"'{regionCode}' is not a region code the phone metadata knows.", nameof(regionCode));

    /// <summary>A sentence that says what a <see cref="PhoneParseError"/> means (never containing a number).</summary>
    /// <param name="error">The error.</param>
    /// <returns>The message <see cref="PhoneNumberParseException"/> uses.</returns>
    public static string Describe(PhoneParseError error) => ParseErrorMessages.Describe(error);
}
