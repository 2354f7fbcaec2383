using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// One pacer per (provider, credential, bucket, limits, clock) for the whole process, so every client
/// instance (and every handler <c>IHttpClientFactory</c> rotates in) shares the provider's quota.
/// </summary>
internal sealed class PacerRegistry
{
    // Keyed by clock first: each fake clock in a test gets its own pacers, the system clock shares them.
    private readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<string, Lazy<Pacer>>> _byClock = new();

    public static PacerRegistry Shared { get; } = new();

    public Pacer? Get(ProviderProfile profile, string credential, string bucket, PacingOptions options, TimeProvider time)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var pacers = _byClock.GetValue(time, static _ => new ConcurrentDictionary<string, Lazy<Pacer>>(StringComparer.Ordinal));
        var key = string.Join('|', profile.Id, Fingerprint(credential), bucket, options.Signature);
        // PublicationOnly: no caller ever blocks on another caller's half-built pacer (building one
        // creates timers on the clock, and a clock may be firing timers into this very call); a pacer
        // built in a lost race is never handed out.
        return pacers.GetOrAdd(key, _ => new Lazy<Pacer>(() => new Pacer(options, time), LazyThreadSafetyMode.PublicationOnly)).Value;
    }

    // The raw credential never becomes a dictionary key that a heap dump or debugger would show.
    private static string Fingerprint(string credential) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), 0, 12);
}
