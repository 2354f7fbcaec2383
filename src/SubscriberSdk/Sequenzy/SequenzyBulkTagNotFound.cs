using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>The identifiers of a bulk tag call that matched no subscriber.</summary>
public sealed class SequenzyBulkTagNotFound
{
    /// <summary>Emails without a subscriber.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>External IDs without a subscriber.</summary>
    public IReadOnlyList<string> ExternalIds { get; init; } = [];

    /// <summary>Subscriber IDs without a subscriber.</summary>
    public IReadOnlyList<string> SubscriberIds { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
