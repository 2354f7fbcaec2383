using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A channel of the account: subscribers, tags and welcome series belong to one. Read-only through the API.</summary>
public sealed class EssentialChannel
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>Area codes the channel's numbers serve; empty when not set.</summary>
    public IReadOnlyList<string> AreaCodes { get; init; } = [];

    /// <summary>The bot answering on this channel, or null.</summary>
    public string? BotSid { get; init; }

    /// <summary>When the channel was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When outbound deliveries were paused; null while running.</summary>
    public DateTimeOffset? DeliveriesPausedAt { get; init; }

    /// <summary>Subscribers may be added by outbound messages (<c>cs_provider_data.enable_new_outbound_subscribers</c>).</summary>
    public bool? EnableNewOutboundSubscribers { get; init; }

    /// <summary>The channel is enabled (<c>cs_provider_data.enabled</c>).</summary>
    public bool? Enabled { get; init; }

    /// <summary>Minimum minutes between two campaigns on this channel.</summary>
    public int? MinCampaignDelayMinutes { get; init; }

    /// <summary>The channel name; creating a subscriber accepts it in place of the SID.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>URL called for inbound messages, or null.</summary>
    public string? OnReceivedUrl { get; init; }

    /// <summary>When inbound processing was paused; null while running.</summary>
    public DateTimeOffset? ReceivedPausedAt { get; init; }

    /// <summary>The channel SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>When the channel last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>New subscribers get the welcome (<c>cs_provider_data.welcome_new_subscribers</c>).</summary>
    public bool? WelcomeNewSubscribers { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
