using System.Globalization;

namespace SubscriberSdk.Http.Internal;

/// <summary>Reads how long a provider asked the client to wait: <c>Retry-After</c> first, then <c>RateLimit-Reset</c>.</summary>
internal static class ServerRetryHint
{
    private static readonly string[] ResetHeaders = ["RateLimit-Reset", "X-RateLimit-Reset"];

    public static TimeSpan? Read(HttpResponseMessage response, ProviderProfile profile, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return Clamp(delta);
        }

        if (retryAfter?.Date is { } date)
        {
            return Clamp(date - now);
        }

        foreach (var name in ResetHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                return Clamp(profile.RateLimitResetInMilliseconds ? TimeSpan.FromMilliseconds(amount) : TimeSpan.FromSeconds(amount));
            }
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
