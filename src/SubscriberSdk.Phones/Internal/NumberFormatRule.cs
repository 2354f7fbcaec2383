namespace SubscriberSdk.Phones.Internal;

/// <summary>One way of grouping a territory's national numbers, as the metadata's number formats give it.</summary>
internal sealed class NumberFormatRule(
    MetadataPattern pattern,
    MetadataPattern? leadingDigits,
    string nationalReplacement,
    string internationalReplacement)
{
    /// <summary>Matches the whole national number; its groups feed the replacements.</summary>
    public MetadataPattern Pattern { get; } = pattern;

    /// <summary>The most specific leading-digits pattern, matched at the start of the number.</summary>
    public MetadataPattern? LeadingDigits { get; } = leadingDigits;

    /// <summary>.NET replacement for national format, national prefix already folded in.</summary>
    public string NationalReplacement { get; } = nationalReplacement;

    /// <summary>.NET replacement for international format (without the country code).</summary>
    public string InternationalReplacement { get; } = internationalReplacement;

    public bool AppliesTo(ReadOnlySpan<char> nationalNumber) =>
        (LeadingDigits is null || LeadingDigits.IsMatch(nationalNumber)) && Pattern.IsMatch(nationalNumber);
}
