namespace SubscriberSdk.Phones;

/// <summary>The ways a phone number can be written.</summary>
public enum PhoneNumberFormat
{
    /// <summary>'+', country code and national number, no separators: +442071838750.</summary>
    E164,

    /// <summary>'+', country code and grouped national number: +44 20 7183 8750.</summary>
    International,

    /// <summary>As dialled inside the country, with its national prefix: 020 7183 8750.</summary>
    National,
}
