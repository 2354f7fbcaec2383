using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>A namespaced custom identifier and its value.</summary>
public sealed class AttentiveCustomIdentifier
{
    /// <summary>Namespace (name) of the identifier.</summary>
    public string? Name { get; init; }

    /// <summary>Value of the identifier.</summary>
    public string? Value { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
