namespace SubscriberSimulator.Engines.Essential;

/// <summary>A transport (sending number or short code) to seed on a channel, beside the one every channel gets.</summary>
public sealed record EssentialTransportDefinition
{
    /// <summary>Fixed SID, or null for a generated one.</summary>
    public string? Sid { get; init; }

    /// <summary>A US number (10 digits, 11 starting with 1, or +1 E.164) or a 5- or 6-digit short code.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Only active transports send; naming an inactive one in a send is a 400.</summary>
    public bool Active { get; init; } = true;
}
