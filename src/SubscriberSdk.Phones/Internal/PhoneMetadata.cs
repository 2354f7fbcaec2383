using System.Collections.Frozen;

namespace SubscriberSdk.Phones.Internal;

/// <summary>All territories of the embedded metadata, indexed for parsing by country code and region.</summary>
internal sealed class PhoneMetadata
{
    // Country codes have 1 to 3 digits, so a flat array indexed by the code finds them without hashing.
    private const int CountryCodeSlots = 1000;

    private static readonly Lazy<PhoneMetadata> LazyDefault =
        new(() => PhoneMetadataLoader.LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Territory[]?[] _byCountryCode;
    private readonly FrozenDictionary<string, Territory> _byRegion;

    public PhoneMetadata(string source, IReadOnlyList<Territory> territories)
    {
        Source = source;
        Territories = territories;
        _byCountryCode = new Territory[]?[CountryCodeSlots];
        foreach (var group in territories.GroupBy(t => t.CountryCode))
        {
            // The main territory comes first: it decides formats and is tried first for the region.
            _byCountryCode[group.Key] = [.. group.OrderByDescending(t => t.IsMainForCountryCode)];
        }

        _byRegion = territories
            .Where(t => t.RegionCode != PhoneNumbers.NonGeographicRegion)
            .ToFrozenDictionary(t => t.RegionCode, StringComparer.OrdinalIgnoreCase);
        RegionCodes = [.. _byRegion.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The metadata used by the library, loaded on first use.</summary>
    public static PhoneMetadata Default => LazyDefault.Value;

    /// <summary>Where the metadata came from, e.g. "libphonenumber-js@1.13.16".</summary>
    public string Source { get; }

    public IReadOnlyList<Territory> Territories { get; }

    public IReadOnlyList<string> RegionCodes { get; }

    /// <summary>The territories that share a country code, main one first; null for an unknown code.</summary>
    public Territory[]? GetTerritories(int countryCode) =>
        (uint)countryCode < CountryCodeSlots ? _byCountryCode[countryCode] : null;

    public Territory? GetMainTerritory(int countryCode) => GetTerritories(countryCode)?[0];

    public Territory? GetRegion(string? regionCode) =>
        regionCode is not null && _byRegion.TryGetValue(regionCode, out var territory) ? territory : null;
}
