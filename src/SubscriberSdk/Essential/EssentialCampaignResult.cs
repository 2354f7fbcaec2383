using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>The delivery counters of one send of a campaign.</summary>
public sealed class EssentialCampaignResult
{
    /// <summary>When the send started.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Messages that failed.</summary>
    public int? Failure { get; init; }

    /// <summary>The campaign (owner) SID.</summary>
    public string? OwnerSid { get; init; }

    /// <summary>Kind of owner, e.g. <c>campaign</c>.</summary>
    public string? OwnerType { get; init; }

    /// <summary>Messages still pending.</summary>
    public int? Pending { get; init; }

    /// <summary>The result SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>State of the send, e.g. <c>complete</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Messages delivered.</summary>
    public int? Success { get; init; }

    /// <summary>Last counter change.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
