using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A group and how many subscribers it has.</summary>
public sealed class MobileTextAlertsGroupMemberCount
{
    /// <summary>Group ID.</summary>
    public long Id { get; init; }

    /// <summary>Group name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Current members, opted-out numbers included (membership is independent of opt-out).</summary>
    public int MemberCount { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
