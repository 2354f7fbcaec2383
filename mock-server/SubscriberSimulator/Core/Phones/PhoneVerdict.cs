using System.Globalization;

namespace SubscriberSimulator.Core.Phones;

/// <summary>
/// The outcome of checking a number: its E.164 digits as a <see cref="long"/> (15 digits fit, and engines
/// keep a million subscribers without a million strings), or the rule it broke.
/// </summary>
internal readonly record struct PhoneVerdict(long E164Digits, PhoneRule? Broken)
{
    public bool IsValid => Broken is null;

    /// <summary>The number as "+" and digits; only for a valid verdict.</summary>
    public string E164 => IsValid
        ? "+" + E164Digits.ToString(CultureInfo.InvariantCulture)
        : throw new InvalidOperationException("A refused number has no E.164 form.");

    public static PhoneVerdict Valid(long e164Digits) => new(e164Digits, null);

    public static PhoneVerdict Refused(PhoneRule rule) => new(0, rule);
}
