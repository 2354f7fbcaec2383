namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// De-duplicates strings and patterns while one metadata resource is read: territories that share
/// a country code repeat the same rules, and each regex should be built only once.
/// </summary>
internal sealed class MetadataReadContext
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, PatternAnchoring Anchoring), MetadataPattern> _patterns = [];
    private readonly HashSet<int> _countryCodesSeen = [];

    public string Intern(string value)
    {
        if (_strings.TryGetValue(value, out var existing))
        {
            return existing;
        }

        _strings[value] = value;
        return value;
    }

    public MetadataPattern Pattern(string source, PatternAnchoring anchoring)
    {
        var key = (Intern(source), anchoring);
        if (!_patterns.TryGetValue(key, out var pattern))
        {
            pattern = new MetadataPattern(key.Item1, anchoring);
            _patterns[key] = pattern;
        }

        return pattern;
    }

    /// <summary>True the first time a country code is seen: the converter lists its main territory first.</summary>
    public bool IsFirstOfCountryCode(int countryCode) => _countryCodesSeen.Add(countryCode);
}
