using Microsoft.AspNetCore.Http;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Tests.Core.RateLimiting;

public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RateLimitDecision Rejected(TimeSpan resetAfter) =>
        new(false, true, 15, 0, Now + resetAfter, resetAfter, resetAfter);

    private static IHeaderDictionary Write(RateLimitDecision decision, RateLimitHeaderStyle style)
    {
        var response = ProviderResponse.Empty(429);
        RateLimitHeaders.Write(response, decision, style);

        // Read back through ASP.NET Core's typed accessors (RetryAfter), as a client would see them.
        var headers = new HeaderDictionary();
        foreach (var (name, value) in response.Headers)
        {
            headers.Append(name, value);
        }

        return headers;
    }

    [Fact]
    public void MobileTextAlertsWritesBothFamiliesWithResetInMillisecondsAndRetryAfterInSeconds()
    {
        var headers = Write(Rejected(TimeSpan.FromMilliseconds(12_345)), RateLimitHeaderStyle.MobileTextAlerts);
        Assert.Equal("15", headers["RateLimit-Limit"]);
        Assert.Equal("0", headers["RateLimit-Remaining"]);
        Assert.Equal("12345", headers["RateLimit-Reset"]);
        Assert.Equal("15", headers["X-RateLimit-Limit"]);
        Assert.Equal("0", headers["X-RateLimit-Remaining"]);
        Assert.Equal("12345", headers["X-RateLimit-Reset"]);
        Assert.Equal("13", headers.RetryAfter);
    }

    [Fact]
    public void AllowedRequestsGetNoRetryAfter()
    {
        var allowed = new RateLimitDecision(true, true, 15, 7, Now.AddSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.Zero);
        var headers = Write(allowed, RateLimitHeaderStyle.MobileTextAlerts);
        Assert.Equal("7", headers["RateLimit-Remaining"]);
        Assert.False(headers.ContainsKey("Retry-After"));
    }

    [Fact]
    public void AttentiveWritesOnlyLimitAndRemaining()
    {
        var headers = Write(Rejected(TimeSpan.FromMilliseconds(400)), RateLimitHeaderStyle.Attentive);
        Assert.Equal("15", headers["x-ratelimit-limit"]);
        Assert.Equal("0", headers["x-ratelimit-remaining"]);
        Assert.Equal(2, headers.Count);
    }

    [Fact]
    public void SequenzyWritesResetAsEpochSecondsAndRetryAfter()
    {
        var headers = Write(Rejected(TimeSpan.FromSeconds(30)), RateLimitHeaderStyle.Sequenzy);
        Assert.Equal((Now.ToUnixTimeSeconds() + 30).ToString(System.Globalization.CultureInfo.InvariantCulture), headers["X-RateLimit-Reset"]);
        Assert.Equal("30", headers.RetryAfter);
    }

    [Fact]
    public void EssentialWritesOnlyRetryAfterAndNeverZero()
    {
        var headers = Write(Rejected(TimeSpan.Zero), RateLimitHeaderStyle.Essential);
        Assert.Equal("1", headers.RetryAfter);
        Assert.Single(headers);
    }

    [Fact]
    public void UnlimitedDecisionWritesNothing()
    {
        Assert.Empty(Write(RateLimitDecision.Unlimited, RateLimitHeaderStyle.MobileTextAlerts));
    }
}
