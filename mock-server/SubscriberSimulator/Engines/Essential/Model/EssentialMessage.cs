namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// A message sent through the message endpoints, as searchMessages finds it. Stored as "sent" at
/// once (Essential answers "queuing" and may take a minute to index it); never changed afterwards.
/// </summary>
internal sealed record EssentialMessage
{
    public required string Sid { get; init; }

    public required string ChannelSid { get; init; }

    public required string SubscriberSid { get; init; }

    public required string TransportSid { get; init; }

    /// <summary>The transport's endpoint: E.164 number or short code.</summary>
    public required string From { get; init; }

    /// <summary>The subscriber's 10-digit number.</summary>
    public required long To { get; init; }

    public string? Body { get; init; }

    /// <summary>Null for an SMS; the media of an MMS.</summary>
    public string[]? MediaUrls { get; init; }

    public required string Status { get; init; }

    /// <summary>The subscriber's carrier when the message was sent.</summary>
    public required string Carrier { get; init; }

    public string? OnStatusUrl { get; init; }

    public string? ExternalOwnerId { get; init; }

    /// <summary>"low", or null for normal priority.</summary>
    public string? Priority { get; init; }

    public bool IsTemplate { get; init; }

    public bool ShortenUrls { get; init; }

    public required DateTime CreatedAt { get; init; }
}
