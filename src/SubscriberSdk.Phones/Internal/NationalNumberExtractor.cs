namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// Strips the national (trunk) prefix and carrier code from a number, as the territory's metadata
/// says, with libphonenumber's safeguards against stripping digits that belong to the number.
/// </summary>
internal static class NationalNumberExtractor
{
    /// <summary>
    /// The national significant number of <paramref name="number"/>: a slice of it, or of
    /// <paramref name="rebuilt"/> when the metadata's transform rule rewrote it.
    /// </summary>
    public static ReadOnlySpan<char> Extract(ReadOnlySpan<char> number, Territory plan, PhoneMetadata metadata, out string? rebuilt)
    {
        var candidate = StripPrefix(number, plan, out rebuilt);
        if (candidate.Length == number.Length && rebuilt is null)
        {
            return number;
        }

        // Some prefixes are also leading digits (8 in Russia): keep them when only the longer form is a number.
        if (plan.GeneralPattern.IsMatch(number) && !plan.GeneralPattern.IsMatch(candidate))
        {
            rebuilt = null;
            return number;
        }

        var territories = metadata.GetTerritories(plan.CountryCode);
        var region = territories is null ? null : NumberTypeClassifier.FindRegion(candidate, territories, out _);
        var length = (region ?? plan).Lengths.Check(candidate.Length);
        if (length is PhoneNumberLengthResult.TooShort or PhoneNumberLengthResult.InvalidLength)
        {
            rebuilt = null;
            return number;
        }

        return candidate;
    }

    private static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> number, Territory plan, out string? rebuilt)
    {
        rebuilt = null;
        var prefix = plan.NationalPrefixForParsing;
        if (number.IsEmpty || prefix is null)
        {
            return number;
        }

        if (plan.NationalPrefixTransformRule is null)
        {
            // Without a transform rule the whole match is prefix (and carrier code): no groups needed,
            // so no Match object and no string, which keeps E.164 parsing allocation-free.
            var length = prefix.MatchLength(number);
            return length < 0 ? number : number[length..];
        }

        if (!prefix.IsMatch(number))
        {
            return number;
        }

        var text = number.ToString();
        var match = prefix.Match(text);
        var lastGroup = match.Groups.Count - 1;
        var capturedNumber = lastGroup > 0 && match.Groups[lastGroup] is { Success: true, Length: > 0 };
        if (capturedNumber)
        {
            // The groups are the number's own digits (and maybe a carrier code); the rule rebuilds it,
            // for example by putting back an area code that is dialled without.
            rebuilt = prefix.ReplaceFirst(text, plan.NationalPrefixTransformRule);
            return rebuilt;
        }

        return number[match.Length..];
    }
}
