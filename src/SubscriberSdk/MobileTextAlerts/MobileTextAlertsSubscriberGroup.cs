using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A group the subscriber belongs to (IPublicGroupName).</summary>
public sealed class MobileTextAlertsSubscriberGroup
{
    /// <summary>When the subscriber joined the group.</summary>
    public DateTimeOffset? AddedToGroupAt { get; init; }

    /// <summary>Group ID.</summary>
    public long Id { get; init; }

    /// <summary>Group name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
