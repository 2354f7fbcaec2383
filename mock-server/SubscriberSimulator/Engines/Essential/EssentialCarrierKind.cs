namespace SubscriberSimulator.Engines.Essential;

/// <summary>What the simulated carrier lookup says about a number.</summary>
public enum EssentialCarrierKind
{
    /// <summary>A mobile number that can receive messages (the default for unseeded numbers).</summary>
    Mobile,

    /// <summary>A landline: Essential answers 412 and stores nothing.</summary>
    Landline,

    /// <summary>A number no carrier can reach: also 412.</summary>
    Unreachable,
}
