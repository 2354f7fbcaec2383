using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// The simulated carrier lookup and its 412: a seeded landline or unreachable number cannot
/// subscribe. Seeded numbers answer as seeded; every other number gets a carrier picked by a
/// stable hash, so runs are reproducible.
/// </summary>
internal static class CarrierRules
{
    private static readonly string[] MobileCarriers = ["AT&T Wireless", "Verizon Wireless", "T-Mobile USA"];

    public static string DefaultCarrierFor(long phoneNumber)
    {
        // Fibonacci hashing: a cheap, well-spread and process-independent choice.
        var mixed = unchecked((ulong)phoneNumber * 0x9E3779B97F4A7C15UL);
        return MobileCarriers[(int)((mixed >> 32) % (ulong)MobileCarriers.Length)];
    }

    /// <summary>The carrier of a number that can receive messages; 412 for one that cannot.</summary>
    public static string Lookup(IReadOnlyDictionary<long, SeededCarrier> seeded, long phoneNumber)
    {
        if (!seeded.TryGetValue(phoneNumber, out var seed))
        {
            return DefaultCarrierFor(phoneNumber);
        }

        return seed.Kind switch
        {
            EssentialCarrierKind.Landline => throw new RequestRefusedException(
                412, $"The phone number {UsPhoneNumber.Masked(phoneNumber)} is a landline and cannot receive messages."),
            EssentialCarrierKind.Unreachable => throw new RequestRefusedException(
                412, $"The phone number {UsPhoneNumber.Masked(phoneNumber)} cannot receive messages (no carrier reaches it)."),
            _ => seed.Carrier ?? DefaultCarrierFor(phoneNumber),
        };
    }
}
