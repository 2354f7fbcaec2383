using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Result of removing a tag.</summary>
public sealed class SequenzyRemoveTagResult
{
    /// <summary>The provider's <c>subscriber</c>.</summary>
    public SequenzyTaggedSubscriber? Subscriber { get; init; }

    /// <summary>The provider's <c>tag</c>.</summary>
    public SequenzyRemovedTag? Tag { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
