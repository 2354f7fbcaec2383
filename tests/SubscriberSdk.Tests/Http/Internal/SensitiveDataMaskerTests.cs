using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class SensitiveDataMaskerTests
{
    [Theory]
    [InlineData("call +14155550123 now", "call +*********23 now")]
    [InlineData("(415) 555-0123", "********23")]
    [InlineData("4155550123", "********23")]
    [InlineData("jane.doe@example.com", "j***@***.com")]
    [InlineData("to jane@example.co.uk please", "to j***@***.uk please")]
    public void Masks_phones_and_emails(string input, string expected) =>
        Assert.Equal(expected, SensitiveDataMasker.Mask(input));

    [Theory]
    [InlineData("CH1234567890abc")]
    [InlineData("HTTP 429")]
    [InlineData("retry 3 of 10")]
    public void Leaves_identifiers_and_small_numbers_alone(string input) =>
        Assert.Equal(input, SensitiveDataMasker.Mask(input));

    [Fact]
    public void Uri_paths_are_masked_and_queries_dropped()
    {
        var masked = SensitiveDataMasker.MaskUri(new Uri("https://api.test/v3/subscribers/%2B14155550123?email=jane%40example.com"));

        Assert.Equal("/v3/subscribers/+*********23?…", masked);
        Assert.DoesNotContain("jane", masked, StringComparison.Ordinal);
    }
}
