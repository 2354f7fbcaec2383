using System.Globalization;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>Writes a decision as the provider's documented header family.</summary>
public static class RateLimitHeaders
{
    /// <summary>Sets the headers on an engine's response (nothing when no rule applied).</summary>
    public static void Write(ProviderResponse response, RateLimitDecision decision, RateLimitHeaderStyle style)
    {
        ArgumentNullException.ThrowIfNull(response);
        Write(response, decision, style, static (target, name, value) => target.SetHeader(name, value));
    }

    private static void Write<TTarget>(TTarget target, RateLimitDecision decision, RateLimitHeaderStyle style, Action<TTarget, string, string> set)
    {
        if (!decision.IsLimited || style == RateLimitHeaderStyle.None)
        {
            return;
        }

        var limit = Format(decision.Limit);
        var remaining = Format(decision.Remaining);
        switch (style)
        {
            case RateLimitHeaderStyle.MobileTextAlerts:
                var resetMs = Format(CeilingMilliseconds(decision.ResetAfter));
                set(target, "RateLimit-Limit", limit);
                set(target, "RateLimit-Remaining", remaining);
                set(target, "RateLimit-Reset", resetMs);
                set(target, "X-RateLimit-Limit", limit);
                set(target, "X-RateLimit-Remaining", remaining);
                set(target, "X-RateLimit-Reset", resetMs);
                WriteRetryAfter(target, decision, set);
                break;
            case RateLimitHeaderStyle.Attentive:
                set(target, "x-ratelimit-limit", limit);
                set(target, "x-ratelimit-remaining", remaining);
                break;
            case RateLimitHeaderStyle.Sequenzy:
                set(target, "X-RateLimit-Limit", limit);
                set(target, "X-RateLimit-Remaining", remaining);
                set(target, "X-RateLimit-Reset", Format(CeilingSeconds(decision.ResetAt - DateTimeOffset.UnixEpoch)));
                WriteRetryAfter(target, decision, set);
                break;
            case RateLimitHeaderStyle.Essential:
                WriteRetryAfter(target, decision, set);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown rate-limit header style.");
        }
    }

    private static void WriteRetryAfter<TTarget>(TTarget target, RateLimitDecision decision, Action<TTarget, string, string> set)
    {
        if (!decision.IsAllowed)
        {
            // Never 0: a client told "retry after 0 s" would hammer the same closed window.
            set(target, "Retry-After", Format(Math.Max(1, CeilingSeconds(decision.RetryAfter))));
        }
    }

    private static long CeilingMilliseconds(TimeSpan value) =>
        value <= TimeSpan.Zero ? 0 : (value.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;

    private static long CeilingSeconds(TimeSpan value) =>
        value <= TimeSpan.Zero ? 0 : (value.Ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
