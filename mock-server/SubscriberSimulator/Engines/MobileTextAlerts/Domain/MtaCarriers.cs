namespace SubscriberSimulator.Engines.MobileTextAlerts.Domain;

/// <summary>The simulated carrier lookup's default answer for numbers nobody seeded.</summary>
public static class MtaCarriers
{
    /// <summary>The carrier id in the provider's examples; the simulator's carriers are this and the next three.</summary>
    public const int FirstCarrierId = 41;

    /// <summary>A deterministic carrier per number, so repeated runs give the same records.</summary>
    public static int DefaultCarrierId(long e164Digits) => e164Digits == 0 ? 0 : FirstCarrierId + (int)(e164Digits % 4);
}
