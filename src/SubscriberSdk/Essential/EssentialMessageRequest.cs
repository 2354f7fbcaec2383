namespace SubscriberSdk.Essential;

/// <summary>A message to one subscriber: text, media (an MMS), or both.</summary>
public sealed class EssentialMessageRequest
{
    /// <summary>The text, at most 1600 characters. Required unless <see cref="MediaUrls"/> has at least one URL.</summary>
    public string? Body { get; init; }

    /// <summary>Absolute http(s) URLs of media to send as an MMS; at most 10.</summary>
    public IReadOnlyList<string>? MediaUrls { get; init; }

    /// <summary>SID or endpoint (number or short code) of the channel's transport to send through; null for the subscriber's own.</summary>
    public string? Transport { get; init; }

    /// <summary>Ask for a short code or a long number; a request, not a guarantee.</summary>
    public EssentialTransportProtocol? Protocol { get; init; }

    /// <summary>Normal (default) or low.</summary>
    public EssentialMessagePriority Priority { get; init; }

    /// <summary>Absolute URL Essential calls back when the message status changes.</summary>
    public string? OnStatusUrl { get; init; }

    /// <summary>Evaluate <see cref="Body"/> as a message template.</summary>
    public bool IsTemplate { get; init; }

    /// <summary>Your own marker for where the message came from (at most 255 characters); echoed back.</summary>
    public string? ExternalOwnerId { get; init; }

    /// <summary>Use Essential's URL shortener for links in <see cref="Body"/>.</summary>
    public bool ShortenUrls { get; init; }
}
