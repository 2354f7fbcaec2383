using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>Attentive's answer to a v2 user call: the request was accepted.</summary>
public sealed class AttentiveUserAttributesResult
{
    /// <summary>True when the request was accepted.</summary>
    public bool? Success { get; init; }

    /// <summary>What happened.</summary>
    public string? Message { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
