using System.Globalization;

namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>Writes a decision as the provider's documented header family.</summary>
public static class RateLimitHeaders
{
    public static void Write(HttpResponse response, RateLimitDecision decision, RateLimitHeaderStyle style)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!decision.IsLimited || style == RateLimitHeaderStyle.None)
        {
            return;
        }

        var headers = response.Headers;
        var limit = Format(decision.Limit);
        var remaining = Format(decision.Remaining);
        switch (style)
        {
            case RateLimitHeaderStyle.MobileTextAlerts:
                var resetMs = Format(CeilingMilliseconds(decision.ResetAfter));
                headers["RateLimit-Limit"] = limit;
                headers["RateLimit-Remaining"] = remaining;
                headers["RateLimit-Reset"] = resetMs;
                headers["X-RateLimit-Limit"] = limit;
                headers["X-RateLimit-Remaining"] = remaining;
                headers["X-RateLimit-Reset"] = resetMs;
                WriteRetryAfter(headers, decision);
                break;
            case RateLimitHeaderStyle.Attentive:
                headers["x-ratelimit-limit"] = limit;
                headers["x-ratelimit-remaining"] = remaining;
                break;
            case RateLimitHeaderStyle.Sequenzy:
                headers["X-RateLimit-Limit"] = limit;
                headers["X-RateLimit-Remaining"] = remaining;
                headers["X-RateLimit-Reset"] = Format(CeilingSeconds(decision.ResetAt - DateTimeOffset.UnixEpoch));
                WriteRetryAfter(headers, decision);
                break;
            case RateLimitHeaderStyle.Essential:
                WriteRetryAfter(headers, decision);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown rate-limit header style.");
        }
    }

    private static void WriteRetryAfter(IHeaderDictionary headers, RateLimitDecision decision)
    {
        if (!decision.IsAllowed)
        {
            // Never 0: a client told "retry after 0 s" would hammer the same closed window.
            headers.RetryAfter = Format(Math.Max(1, CeilingSeconds(decision.RetryAfter)));
        }
    }

    private static long CeilingMilliseconds(TimeSpan value) =>
        value <= TimeSpan.Zero ? 0 : (value.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;

    private static long CeilingSeconds(TimeSpan value) =>
        value <= TimeSpan.Zero ? 0 : (value.Ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
