using SubscriberSdk.Phones.Internal;

namespace SubscriberSdk.Phones;

/// <summary>
/// A parsed phone number: country code, national significant number and the region it belongs to,
/// with its type and validity decided at parse time. Create one with <see cref="PhoneNumbers"/>.
/// Equal numbers have equal <see cref="E164"/> forms. <c>default(PhoneNumber)</c> is an empty value.
/// </summary>
public readonly struct PhoneNumber : IEquatable<PhoneNumber>
{
    private readonly string? _e164;
    private readonly Territory? _plan;
    private readonly bool _regionKnown;
    private readonly PhoneNumberType _type;

    internal PhoneNumber(string e164, Territory plan, bool regionKnown, PhoneNumberType type)
    {
        _e164 = e164;
        _plan = plan;
        _regionKnown = regionKnown;
        _type = type;
    }

    /// <summary>True for <c>default(PhoneNumber)</c>, which holds no number.</summary>
    public bool IsEmpty => _e164 is null;

    /// <summary>The country calling code, such as 1 or 44; 0 when empty.</summary>
    public int CountryCode => _plan?.CountryCode ?? 0;

    /// <summary>The E.164 form: '+', country code and national number without separators (+19148440001).</summary>
    public string E164 => _e164 ?? string.Empty;

    /// <summary>The national significant number: digits after the country code, without national prefix (9148440001).</summary>
    public string NationalNumber => NationalNumberDigits.ToString();

    /// <summary>The national significant number without allocating a string.</summary>
    public ReadOnlySpan<char> NationalNumberDigits =>
        _e164 is null ? default : _e164.AsSpan(1 + _plan!.CountryCodeText.Length);

    /// <summary>
    /// The ISO 3166 region the number belongs to ("US", "GB"), "001" for non-geographic numbers such
    /// as +800, or null when a shared country code's number matches none of its regions.
    /// </summary>
    public string? RegionCode => _regionKnown ? _plan!.RegionCode : null;

    /// <summary>The number's type; <see cref="PhoneNumberType.Unknown"/> when it is not valid.</summary>
    public PhoneNumberType Type => _e164 is null ? PhoneNumberType.Unknown : _type;

    /// <summary>True when the number exists in its region's numbering plan (right length and pattern).</summary>
    public bool IsValid => Type != PhoneNumberType.Unknown;

    /// <summary>How the national number's length compares with the lengths its country uses.</summary>
    public PhoneNumberLengthResult LengthResult =>
        _plan is null ? PhoneNumberLengthResult.TooShort : _plan.Lengths.Check(NationalNumberDigits.Length);

    /// <summary>True when the length is one the country uses (a cheaper, weaker check than <see cref="IsValid"/>).</summary>
    public bool IsPossible => LengthResult == PhoneNumberLengthResult.IsPossible;

    /// <summary>True for North American Numbering Plan numbers (+1: US, Canada, much of the Caribbean).</summary>
    public bool IsNanp => CountryCode == 1;

    /// <summary>Writes the number in <paramref name="format"/>.</summary>
    /// <param name="format">E.164, international or national.</param>
    /// <returns>The formatted number; an empty string for an empty value.</returns>
    public string Format(PhoneNumberFormat format) =>
        _e164 is null ? string.Empty : PhoneNumberFormatter.Format(this, _plan!, format);

    /// <summary>
    /// The number with all but the country code and the last two digits masked (+1********01),
    /// for logs and error messages, which must never carry a full number.
    /// </summary>
    public string ToMaskedString()
    {
        if (_e164 is null)
        {
            return string.Empty;
        }

        var visiblePrefix = 1 + _plan!.CountryCodeText.Length;
        return string.Create(_e164.Length, (_e164, visiblePrefix), static (span, state) =>
        {
            var (e164, prefix) = state;
            e164.AsSpan().CopyTo(span);
            span[prefix..^Math.Min(2, span.Length - prefix)].Fill('*');
        });
    }

    /// <summary>The E.164 form.</summary>
    public override string ToString() => E164;

    /// <inheritdoc />
    public bool Equals(PhoneNumber other) => string.Equals(_e164, other._e164, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PhoneNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _e164 is null ? 0 : StringComparer.Ordinal.GetHashCode(_e164);

    /// <summary>True when both hold the same number.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    public static bool operator ==(PhoneNumber left, PhoneNumber right) => left.Equals(right);

    /// <summary>True when the numbers differ.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    public static bool operator !=(PhoneNumber left, PhoneNumber right) => !left.Equals(right);
}
