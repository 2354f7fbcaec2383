using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>The tag a remove call targeted.</summary>
public sealed class SequenzyRemovedTag
{
    /// <summary>Normalised tag name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>True: the subscriber had the tag and lost it.</summary>
    public bool Removed { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
