using System.Net;
using System.Net.Http.Headers;
using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class ServerRetryHintTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_After_as_an_HTTP_date_counts_the_whole_difference()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(90));

        // Kiota's RetryHandler used only the seconds component (30 s here); the pipeline must not.
        Assert.Equal(TimeSpan.FromSeconds(90), ServerRetryHint.Read(response, ProviderProfile.Sequenzy, Now));
    }

    [Fact]
    public void Retry_After_wins_over_RateLimit_Reset()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
        response.Headers.Add("RateLimit-Reset", "9000");

        Assert.Equal(TimeSpan.FromSeconds(3), ServerRetryHint.Read(response, ProviderProfile.MobileTextAlerts, Now));
    }

    [Theory]
    [InlineData("mta", 1500, 1.5)]
    [InlineData("sequenzy", 4, 4)]
    public void RateLimit_Reset_uses_the_providers_unit(string provider, int header, double expectedSeconds)
    {
        var profile = provider == "mta" ? ProviderProfile.MobileTextAlerts : ProviderProfile.Sequenzy;
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("RateLimit-Reset", header.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), ServerRetryHint.Read(response, profile, Now));
    }

    [Fact]
    public void A_date_in_the_past_means_no_wait_and_no_header_means_unknown()
    {
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-5));
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Equal(TimeSpan.Zero, ServerRetryHint.Read(past, ProviderProfile.Attentive, Now));
        Assert.Null(ServerRetryHint.Read(none, ProviderProfile.Attentive, Now));
    }
}
