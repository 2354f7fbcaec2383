using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Result of adding one tag.</summary>
public sealed class SequenzyAddTagResult
{
    /// <summary>The provider's <c>optIn</c>.</summary>
    public SequenzyOptInState? OptIn { get; init; }

    /// <summary>The provider's <c>subscriber</c>.</summary>
    public SequenzyTaggedSubscriber? Subscriber { get; init; }

    /// <summary>The provider's <c>tag</c>.</summary>
    public SequenzyTag? Tag { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
