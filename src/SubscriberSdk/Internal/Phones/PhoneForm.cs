namespace SubscriberSdk.Internal.Phones;

/// <summary>The ways of writing a number a provider takes (see <see cref="ProviderPhones"/> for who takes which).</summary>
internal enum PhoneForm
{
    /// <summary>Only E.164: a plus, the country code and the digits, nothing between them.</summary>
    E164Only,

    /// <summary>A NANP number as 10 digits, 11 digits starting with 1, or +1 and 10 digits (separators allowed).</summary>
    UsNumber,

    /// <summary>International with its country code, or national, read with the client's default region.</summary>
    NationalOrInternational,
}
