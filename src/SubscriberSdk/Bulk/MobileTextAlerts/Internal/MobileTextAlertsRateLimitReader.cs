using System.Globalization;
using SubscriberSdk.Bulk.Internal;

namespace SubscriberSdk.Bulk.MobileTextAlerts.Internal;

/// <summary>Reads the window from RateLimit-Remaining and RateLimit-Reset (milliseconds, as Mobile Text Alerts documents).</summary>
internal static class MobileTextAlertsRateLimitReader
{
    public static BulkRateLimitState? Read(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, DateTimeOffset now)
    {
        if (Integer(headers, "RateLimit-Remaining") is not { } remaining || Integer(headers, "RateLimit-Reset") is not { } resetMilliseconds)
        {
            return null;
        }

        return new BulkRateLimitState((int)Math.Clamp(remaining, 0, int.MaxValue), now + TimeSpan.FromMilliseconds(Math.Max(0, resetMilliseconds)));
    }

    private static long? Integer(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0
            && long.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
