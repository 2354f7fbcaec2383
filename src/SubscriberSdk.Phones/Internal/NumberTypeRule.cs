namespace SubscriberSdk.Phones.Internal;

/// <summary>The pattern and possible lengths of one number type (mobile, toll free, ...) in one territory.</summary>
internal sealed class NumberTypeRule(MetadataPattern pattern, PossibleLengths lengths)
{
    public MetadataPattern Pattern { get; } = pattern;

    /// <summary>The type's own lengths, or the territory's when the metadata gives none for the type.</summary>
    public PossibleLengths Lengths { get; } = lengths;

    public bool Matches(ReadOnlySpan<char> nationalNumber) =>
        Lengths.Contains(nationalNumber.Length) && Pattern.IsMatch(nationalNumber);
}
