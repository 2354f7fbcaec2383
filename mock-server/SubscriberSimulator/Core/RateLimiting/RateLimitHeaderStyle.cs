namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>Which provider's family of rate-limit headers to write.</summary>
public enum RateLimitHeaderStyle
{
    /// <summary>No headers.</summary>
    None,

    /// <summary>RateLimit-* and X-RateLimit-* (reset in milliseconds, as documented) on every response; Retry-After (seconds) on 429.</summary>
    MobileTextAlerts,

    /// <summary>x-ratelimit-limit and x-ratelimit-remaining on every response (documented); no Retry-After (not documented).</summary>
    Attentive,

    /// <summary>Undocumented by the provider; chosen: X-RateLimit-Limit/Remaining/Reset (reset in epoch seconds) and Retry-After (seconds) on 429.</summary>
    Sequenzy,

    /// <summary>No limits documented; when one is configured, only Retry-After (seconds) on 429.</summary>
    Essential,
}
