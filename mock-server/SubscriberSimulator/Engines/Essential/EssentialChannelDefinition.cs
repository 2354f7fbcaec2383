namespace SubscriberSimulator.Engines.Essential;

/// <summary>A channel to seed on an account.</summary>
public sealed record EssentialChannelDefinition
{
    /// <summary>What a new subscriber receives when the upsert names no other welcome.</summary>
    public const string DefaultWelcomeMessage = "Welcome! You are now subscribed. Msg & data rates may apply. Reply STOP to opt out.";

    /// <summary>Fixed SID, or null for a generated one.</summary>
    public string? Sid { get; init; }

    public required string Name { get; init; }

    /// <summary>The channel's own welcome; null sends none unless the upsert asks for one.</summary>
    public string? WelcomeMessage { get; init; } = DefaultWelcomeMessage;

    /// <summary>
    /// The number or short code of the transport the channel gets (its subscribers' transport); null
    /// for the next free number of the form +1 206 555 XXXX in the account.
    /// </summary>
    public string? TransportEndpoint { get; init; }
}
