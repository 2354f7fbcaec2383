using System.Globalization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Refuses standard resilience options that cannot work together, naming both sides; the library's own
/// checks (ranges of each strategy) run when the strategies are added.
/// </summary>
internal static class ResilienceOptionsCheck
{
    public static void ThrowIfInvalid(string name, HttpStandardResilienceOptions options)
    {
        var attempt = options.AttemptTimeout.Timeout;
        var total = options.TotalRequestTimeout.Timeout;
        if (attempt > total)
        {
            throw new OptionsValidationException(name, typeof(HttpStandardResilienceOptions),
            [
                $"AttemptTimeout.Timeout ({Seconds(attempt)}) is longer than TotalRequestTimeout.Timeout ({Seconds(total)}) for {name}, "
                + "so the total timeout would end every attempt first. Make AttemptTimeout.Timeout no longer than TotalRequestTimeout.Timeout.",
            ]);
        }
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
