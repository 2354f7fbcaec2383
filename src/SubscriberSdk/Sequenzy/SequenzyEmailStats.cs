using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Email counters of the subscriber.</summary>
public sealed class SequenzyEmailStats
{
    /// <summary>Emails bounced.</summary>
    public int? Bounced { get; init; }

    /// <summary>Emails clicked.</summary>
    public int? Clicked { get; init; }

    /// <summary>Emails complained.</summary>
    public int? Complained { get; init; }

    /// <summary>Emails delivered.</summary>
    public int? Delivered { get; init; }

    /// <summary>Emails opened.</summary>
    public int? Opened { get; init; }

    /// <summary>Emails sent.</summary>
    public int? Sent { get; init; }

    /// <summary>Emails unsubscribed.</summary>
    public int? Unsubscribed { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
