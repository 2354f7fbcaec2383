namespace SubscriberSdk.Internal.Phones;

/// <summary>A number read under a provider's rules: its E.164 form, or the rule it broke.</summary>
internal readonly record struct PhoneReading(string? E164, PhoneRule? Broken)
{
    public static PhoneReading Accepted(string e164) => new(e164, null);

    public static PhoneReading Refused(PhoneRule rule) => new(null, rule);
}
