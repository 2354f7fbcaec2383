namespace SubscriberSdk.Internal.Phones;

/// <summary>Phone parameters of the facades: read in the provider's form, or refused before anything is sent.</summary>
internal static class PhoneArgument
{
    /// <summary>The number in E.164, null when <paramref name="value"/> is null.</summary>
    /// <exception cref="InvalidSubscriberArgumentException">The number breaks a rule; the message names the parameter and the rule.</exception>
    public static string? E164(string? value, PhoneForm form, string defaultRegion, string paramName)
    {
        if (value is null)
        {
            return null;
        }

        var reading = PhoneReader.Read(value.Trim(), form, defaultRegion);
        return reading.E164 ?? throw new InvalidSubscriberArgumentException($"{paramName} {PhoneRuleText.Describe(reading.Broken!.Value)}.", paramName);
    }
}
