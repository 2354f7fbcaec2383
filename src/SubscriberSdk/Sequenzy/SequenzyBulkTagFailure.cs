using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>A matched subscriber whose tags could not be changed.</summary>
public sealed class SequenzyBulkTagFailure
{
    /// <summary>Sequenzy's subscriber ID.</summary>
    public string SubscriberId { get; init; } = string.Empty;

    /// <summary>Why.</summary>
    public string Error { get; init; } = string.Empty;

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
