namespace SubscriberSimulator.Engines.MobileTextAlerts;

/// <summary>What the simulated carrier lookup says about a number.</summary>
public enum MtaLineType
{
    /// <summary>A mobile number that can receive text messages (the default for every number).</summary>
    Mobile,

    /// <summary>A landline: cannot receive text messages, so the subscriber is rejected.</summary>
    Landline,

    /// <summary>A number no carrier answers for: rejected like a landline.</summary>
    Unreachable,
}
