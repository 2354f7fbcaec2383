using PhoneNumbers;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Tests.Internal.Phones;

/// <summary>
/// A table over many regions: what the SDK accepts normalises to libphonenumber's own E.164, and what it
/// refuses names the rule it broke. The inputs come from libphonenumber's example numbers written in its
/// national, international and E.164 formats and spoiled in five ways; a hand-written part pins the
/// expected E.164 strings of a representative subset, so the table does not only compare the library with itself.
/// </summary>
public sealed class PhoneTableTests
{
    private static readonly PhoneNumberUtil Library = PhoneNumberUtil.GetInstance();

    private static readonly string[] Regions =
    [
        "US", "CA", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "IE", "PT", "PL", "CZ", "BR",
        "MX", "AR", "AU", "NZ", "JP", "KR", "CN", "IN", "SG", "ZA", "NG", "KE", "EG", "AE", "IL", "TR", "RU", "BS", "LC", "JE",
    ];

    /// <summary>Written out by hand: (text, region, E.164 libphonenumber gives).</summary>
    private static readonly (string Text, string Region, string E164)[] HandWritten =
    [
        ("(914) 844-0001", "US", "+19148440001"),
        ("1 914 844 0001", "US", "+19148440001"),
        ("(416) 555-0123", "CA", "+14165550123"),
        ("020 7183 8750", "GB", "+442071838750"),
        ("07400 123456", "GB", "+447400123456"),
        ("030 123456", "DE", "+4930123456"),
        ("0151 23456789", "DE", "+4915123456789"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("01 23 45 67 89", "FR", "+33123456789"),
        ("06 1234 5678", "IT", "+390612345678"),
        ("312 345 6789", "IT", "+393123456789"),
        ("612 34 56 78", "ES", "+34612345678"),
        ("06 12345678", "NL", "+31612345678"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("078 123 45 67", "CH", "+41781234567"),
        ("0664 123456", "AT", "+43664123456"),
        ("070-123 45 67", "SE", "+46701234567"),
        ("085 123 4567", "IE", "+353851234567"),
        ("912 345 678", "PT", "+351912345678"),
        ("512 345 678", "PL", "+48512345678"),
        ("(11) 5525-6325", "BR", "+551155256325"),
        ("(11) 96123-4567", "BR", "+5511961234567"),
        ("0412 345 678", "AU", "+61412345678"),
        ("021 123 4567", "NZ", "+64211234567"),
        ("090-1234-5678", "JP", "+819012345678"),
        ("010-1234-5678", "KR", "+821012345678"),
        ("131 2345 6789", "CN", "+8613123456789"),
        ("081234 56789", "IN", "+918123456789"),
        ("8123 4567", "SG", "+6581234567"),
        ("071 123 4567", "ZA", "+27711234567"),
        ("0712 345678", "KE", "+254712345678"),
        ("050 123 4567", "AE", "+971501234567"),
        ("050-234-5678", "IL", "+972502345678"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("18270150", "BS", "+12428270150"),
        ("(1234) 56-78", "LC", "+17582345678"),
        ("07797 123456", "JE", "+447797123456"),
    ];

    public static TheoryData<string, string, string> HandWrittenRows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (text, region, e164) in HandWritten)
        {
            rows.Add(text, region, e164);
        }

        return rows;
    }

    public static TheoryData<string, string, string> GeneratedRows()
    {
        var rows = new TheoryData<string, string, string>();

        // Two regions' examples can give the same input (CA and US share NANP numbers): xunit would skip
        // the repeat as a duplicate case, so each row is run once.
        foreach (var row in Generated().DistinctBy(row => (row.Text, row.Region, row.Expected)))
        {
            rows.Add(row.Text, row.Region, row.Expected);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(HandWrittenRows))]
    public void Hand_written_numbers_normalise_to_the_E164_written_here(string text, string region, string e164)
    {
        Assert.Equal(PhoneReading.Accepted(e164), PhoneReader.Read(text, PhoneForm.NationalOrInternational, region));

        // The same number given in E.164 is accepted where only E.164 is.
        Assert.Equal(PhoneReading.Accepted(e164), PhoneReader.Read(e164, PhoneForm.E164Only, region));
    }

    /// <param name="expected">"+..." for an accepted input (libphonenumber's E.164), else the name of the rule broken.</param>
    [Theory]
    [MemberData(nameof(GeneratedRows))]
    public void Accepted_numbers_normalise_to_libphonenumbers_E164_and_refused_ones_name_their_rule(string text, string region, string expected)
    {
        var reading = PhoneReader.Read(text, PhoneForm.NationalOrInternational, region);

        var outcome = reading.E164 ?? reading.Broken.ToString();
        Assert.Equal(expected, outcome);
    }

    [Fact]
    public void The_table_covers_at_least_200_inputs_over_30_regions()
    {
        var rows = Generated().Concat(HandWritten.Select(h => (h.Text, h.Region, Expected: h.E164))).ToList();

        Assert.True(rows.Count >= 200, $"{rows.Count} inputs");
        Assert.True(rows.Select(r => r.Region).Distinct().Count() >= 30, $"{rows.Select(r => r.Region).Distinct().Count()} regions");
        Assert.True(rows.Count(r => r.Expected.StartsWith('+')) >= 100, "at least half of the table is accepted numbers");
        Assert.Equal(
            ["Extension", "Letters", "Symbols", "TextAround", "TooLong", "TooShort"],
            rows.Where(r => !r.Expected.StartsWith('+')).Select(r => r.Expected).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Per region, its mobile and fixed-line examples in three formats (accepted: the expectation is the library's
    /// own parse of that text), and each example spoiled five ways (refused: the expected rule is written here).
    /// </summary>
    private static IEnumerable<(string Text, string Region, string Expected)> Generated()
    {
        foreach (var region in Regions)
        {
            foreach (var type in new[] { PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE })
            {
                var example = Library.GetExampleNumberForType(region, type);
                if (example is null)
                {
                    continue;
                }

                var international = Library.Format(example, PhoneNumberFormat.INTERNATIONAL);
                var national = Library.Format(example, PhoneNumberFormat.NATIONAL);
                var e164 = Library.Format(example, PhoneNumberFormat.E164);
                foreach (var text in new[] { national, international, e164 })
                {
                    yield return (text, region, Library.Format(Library.Parse(text, region), PhoneNumberFormat.E164));
                }

                if (type != PhoneNumberType.MOBILE)
                {
                    continue;
                }

                yield return (international + " ext. 1234", region, nameof(PhoneRule.Extension));
                yield return (national + " ABC", region, nameof(PhoneRule.Letters));
                yield return ("Tel: " + international, region, nameof(PhoneRule.TextAround));
                yield return (e164[..3] + "*" + e164[3..], region, nameof(PhoneRule.Symbols));
                yield return (e164 + "123456789", region, nameof(PhoneRule.TooLong));
                yield return ($"+{example.CountryCode} 1", region, nameof(PhoneRule.TooShort));
            }
        }
    }
}
