namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// The numbering plan of one region (or of one non-geographic calling code, region "001") as the
/// metadata describes it.
/// </summary>
internal sealed class Territory
{
    public required string RegionCode { get; init; }

    public required int CountryCode { get; init; }

    /// <summary>The country code as text, for building E.164 strings without formatting an int.</summary>
    public required string CountryCodeText { get; init; }

    /// <summary>The first territory listed for a shared country code (US for +1); holds the formats.</summary>
    public bool IsMainForCountryCode { get; init; }

    /// <summary>The international dialling prefix callers in this territory use (011 in the US, 00 in GB).</summary>
    public MetadataPattern? InternationalPrefix { get; init; }

    /// <summary>Every valid national number of the territory matches this.</summary>
    public required MetadataPattern GeneralPattern { get; init; }

    public PossibleLengths Lengths { get; init; }

    /// <summary>The national (trunk) prefix, such as 0 in GB and 1 in the US.</summary>
    public string? NationalPrefix { get; init; }

    /// <summary>What to strip from a national number: the prefix, maybe with a carrier code.</summary>
    public MetadataPattern? NationalPrefixForParsing { get; init; }

    /// <summary>Rebuilds the national number from the groups of <see cref="NationalPrefixForParsing"/>.</summary>
    public string? NationalPrefixTransformRule { get; init; }

    /// <summary>For territories that share a country code: the leading digits that identify this one.</summary>
    public MetadataPattern? LeadingDigits { get; init; }

    public required IReadOnlyList<NumberFormatRule> Formats { get; init; }

    /// <summary>Rules per type, indexed by <see cref="PhoneNumberType"/>; null where the territory has no such numbers.</summary>
    public required NumberTypeRule?[] Types { get; init; }

    public NumberTypeRule? GetTypeRule(PhoneNumberType type) => Types[(int)type];

    public override string ToString() => $"{RegionCode} (+{CountryCodeText})";
}
