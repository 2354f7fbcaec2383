using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>One entry of the subscriber's recent activity.</summary>
public sealed class SequenzyActivityEvent
{
    /// <summary>Bounce type, for bounces.</summary>
    public string? BounceType { get; init; }

    /// <summary>Related campaign.</summary>
    public string? CampaignId { get; init; }

    /// <summary>URL clicked, for clicks.</summary>
    public string? ClickedUrl { get; init; }

    /// <summary>Related email send.</summary>
    public string? EmailSendId { get; init; }

    /// <summary>Custom event name, for events.</summary>
    public string? EventName { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? EventTime { get; init; }

    /// <summary>Kind of activity, e.g. <c>open</c>, <c>click</c>, <c>event</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>Activity ID.</summary>
    public string? Id { get; init; }

    /// <summary>The provider's <c>properties</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
