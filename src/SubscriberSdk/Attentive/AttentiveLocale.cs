namespace SubscriberSdk.Attentive;

/// <summary>A language and country, e.g. <c>en</c> and <c>US</c>.</summary>
/// <param name="Language">ISO 639-1 language code.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code.</param>
public sealed record AttentiveLocale(string Language, string Country);
