using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Tags applied by a multi-tag call.</summary>
public sealed class SequenzyTagsChange
{
    /// <summary>Tags from this request now on the subscriber.</summary>
    public IReadOnlyList<string> Added { get; init; } = [];

    /// <summary>Tag definitions created by this call.</summary>
    public IReadOnlyList<string> Created { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
