using SubscriberSdk.Phones.Internal;

namespace SubscriberSdk.Phones.Tests.Internal;

public sealed class PhoneMetadataTests
{
    [Fact]
    public void Embedded_metadata_covers_the_world()
    {
        var metadata = PhoneMetadata.Default;

        Assert.StartsWith("libphonenumber-js@", metadata.Source);
        Assert.True(metadata.RegionCodes.Count >= 240, $"{metadata.RegionCodes.Count} regions");
        Assert.Contains("US", metadata.RegionCodes);
        Assert.DoesNotContain(PhoneNumbers.NonGeographicRegion, metadata.RegionCodes);
        Assert.Equal("US", metadata.GetMainTerritory(1)!.RegionCode);
        Assert.Equal("GB", metadata.GetMainTerritory(44)!.RegionCode);
        Assert.Null(metadata.GetTerritories(999));
    }

    [Fact]
    public void Every_pattern_compiles_under_dotnet_regex()
    {
        var metadata = PhoneMetadataLoader.LoadEmbedded();
        var patterns = metadata.Territories.SelectMany(PatternsOf).Distinct().ToList();

        // .NET and JavaScript regex dialects differ; every pattern must mean the same here.
        Assert.All(patterns, pattern => pattern.BuildCompiled());
        Assert.True(patterns.Count > 1000, $"{patterns.Count} patterns");
    }

    [Fact]
    public void Patterns_are_shared_between_territories_of_one_country_code()
    {
        var metadata = PhoneMetadata.Default;
        var us = metadata.GetRegion("US")!;
        var canada = metadata.GetRegion("CA")!;

        Assert.Same(us.Formats[0].Pattern, canada.Formats[0].Pattern);
    }

    [Fact]
    public void Corrupt_resource_is_reported_clearly()
    {
        using var notBrotli = new MemoryStream([1, 2, 3, 4, 5]);

        var exception = Assert.Throws<InvalidDataException>(() => PhoneMetadataLoader.Load(notBrotli));

        Assert.Contains("refresh-metadata.sh", exception.Message);
    }

    [Theory]
    [InlineData("{\"format\":2,\"source\":\"x\",\"territories\":[]}", "format 2 is not supported")]
    [InlineData("{\"format\":1,\"source\":\"x\"}", "not in the expected shape")]
    [InlineData("[1,2", "corrupt")]
    public void Resource_of_the_wrong_shape_is_reported_clearly(string json, string phrase)
    {
        using var resource = Brotli(json);

        var exception = Assert.Throws<InvalidDataException>(() => PhoneMetadataLoader.Load(resource));

        Assert.Contains(phrase, exception.Message);
        Assert.Contains("refresh-metadata.sh", exception.Message);
    }

    private static MemoryStream Brotli(string json)
    {
        var buffer = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(System.Text.Encoding.UTF8.GetBytes(json));
        }

        buffer.Position = 0;
        return buffer;
    }

    private static IEnumerable<MetadataPattern> PatternsOf(Territory territory)
    {
        yield return territory.GeneralPattern;
        foreach (var pattern in new[] { territory.InternationalPrefix, territory.NationalPrefixForParsing, territory.LeadingDigits })
        {
            if (pattern is not null)
            {
                yield return pattern;
            }
        }

        foreach (var rule in territory.Types)
        {
            if (rule is not null)
            {
                yield return rule.Pattern;
            }
        }

        foreach (var format in territory.Formats)
        {
            yield return format.Pattern;
            if (format.LeadingDigits is not null)
            {
                yield return format.LeadingDigits;
            }
        }
    }
}
