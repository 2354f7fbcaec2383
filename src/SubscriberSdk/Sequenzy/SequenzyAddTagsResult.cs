using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Result of adding several tags.</summary>
public sealed class SequenzyAddTagsResult
{
    /// <summary>The provider's <c>optIn</c>.</summary>
    public SequenzyOptInState? OptIn { get; init; }

    /// <summary>The provider's <c>subscriber</c>.</summary>
    public SequenzyTaggedSubscriber? Subscriber { get; init; }

    /// <summary>The provider's <c>tags</c>.</summary>
    public SequenzyTagsChange? Tags { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
