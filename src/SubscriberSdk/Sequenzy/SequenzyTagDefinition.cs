using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>A tag definition of the workspace.</summary>
public sealed class SequenzyTagDefinition
{
    /// <summary>Tag ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Normalised name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Colour in the dashboard.</summary>
    public SequenzyTagColor? Color { get; init; }

    /// <summary>True: created by Sequenzy itself; it can be neither recoloured nor deleted.</summary>
    public bool IsSystem { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
