namespace SubscriberSdk.Essential;

/// <summary>What kind of sender a transport is.</summary>
public enum EssentialTransportProtocol
{
    /// <summary>A short code (5 or 6 digits).</summary>
    Short,

    /// <summary>A long (10-digit) number.</summary>
    Long,
}
