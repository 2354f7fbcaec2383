namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// A phone number or short code that carries a channel's messages. Read-only through Essential's
/// API: every channel gets one when it is made, controls and the C# API seed more.
/// </summary>
internal sealed class EssentialTransport
{
    public required string Sid { get; init; }

    public required string ChannelSid { get; init; }

    /// <summary>A number in E.164 (<c>+12065550100</c>) or a short code's digits (<c>55555</c>).</summary>
    public required string Endpoint { get; init; }

    /// <summary>Only active transports send.</summary>
    public required bool Active { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>Essential's <c>protocol</c>: a short code is "short", a 10-digit number "long".</summary>
    public string Protocol => IsShortCode ? "short" : "long";

    public bool IsShortCode => !Endpoint.StartsWith('+');
}
