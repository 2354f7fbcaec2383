using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>The tag a call applied.</summary>
public sealed class SequenzyTag
{
    /// <summary>True: the tag definition was created by this call.</summary>
    public bool Created { get; init; }

    /// <summary>Tag definition ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Normalised tag name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
