namespace SubscriberSdk.Phones.Tests;

/// <summary>
/// Every example number the metadata gives (libphonenumber-js ships mobile examples for every
/// region) and a number of every other type of every region, with libphonenumber-js's verdicts.
/// </summary>
public sealed class MetadataExampleNumberTests
{
    public static TheoryData<string> AllVectors => LibphonenumberJsVectors.Ids();

    public static TheoryData<string> NationalVectors => LibphonenumberJsVectors.Ids(v => v.NationalParsesBack == true);

    [Theory]
    [MemberData(nameof(AllVectors))]
    public void Parses_validates_and_reports_type_and_region_like_libphonenumber_js(string id)
    {
        var expected = LibphonenumberJsVectors.Get(id);

        var number = PhoneNumbers.Parse(expected.E164);

        Assert.Equal(expected.E164, number.E164);
        Assert.Equal(expected.NationalNumber, number.NationalNumber);
        Assert.Equal(expected.Valid, number.IsValid);
        Assert.Equal(expected.ExpectedType, number.Type);
        Assert.Equal(expected.DetectedRegion, number.RegionCode);
    }

    [Theory]
    [MemberData(nameof(AllVectors))]
    public void Formats_like_libphonenumber_js(string id)
    {
        var expected = LibphonenumberJsVectors.Get(id);

        var number = PhoneNumbers.Parse(expected.E164);

        Assert.Equal(expected.National, number.Format(PhoneNumberFormat.National));
        Assert.Equal(expected.International, number.Format(PhoneNumberFormat.International));
    }

    [Theory]
    [MemberData(nameof(AllVectors))]
    public void Round_trips_through_international_format(string id)
    {
        var expected = LibphonenumberJsVectors.Get(id);
        var number = PhoneNumbers.Parse(expected.E164);

        var again = PhoneNumbers.Parse(number.Format(PhoneNumberFormat.International));

        Assert.Equal(number, again);
        Assert.Equal(number.Type, again.Type);
    }

    [Theory]
    [MemberData(nameof(NationalVectors))]
    public void Round_trips_through_national_format_with_its_region(string id)
    {
        var expected = LibphonenumberJsVectors.Get(id);
        var number = PhoneNumbers.Parse(expected.E164);

        var again = PhoneNumbers.Parse(number.Format(PhoneNumberFormat.National), expected.Region);

        Assert.Equal(expected.E164, again.E164);
    }

    [Fact]
    public void Vectors_cover_every_region_and_were_made_from_the_embedded_metadata_version()
    {
        var regionsWithVectors = LibphonenumberJsVectors.All.Select(v => v.Region).ToHashSet();

        Assert.Equal(PhoneNumbers.MetadataSource, LibphonenumberJsVectors.Source);
        Assert.All(PhoneNumbers.SupportedRegions, region => Assert.Contains(region, regionsWithVectors));
        Assert.Contains(PhoneNumbers.NonGeographicRegion, regionsWithVectors);
    }

    [Fact]
    public void Every_mobile_example_of_every_region_is_valid()
    {
        var examples = LibphonenumberJsVectors.All.Where(v => v.Source == "example:MOBILE").ToList();

        Assert.True(examples.Count >= 240, $"only {examples.Count} mobile examples");
        Assert.All(examples, v =>
        {
            var number = PhoneNumbers.ParseE164Strict(v.E164);
            Assert.Contains(number.Type, new[] { PhoneNumberType.Mobile, PhoneNumberType.FixedLineOrMobile });
        });
    }
}
