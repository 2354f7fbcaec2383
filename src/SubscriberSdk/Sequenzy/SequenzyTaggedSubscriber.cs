using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>The subscriber a tag call touched.</summary>
public sealed class SequenzyTaggedSubscriber
{
    /// <summary>True: the subscriber was created by this call.</summary>
    public bool Created { get; init; }

    /// <summary>Email; null for phone-only contacts.</summary>
    public string? Email { get; init; }

    /// <summary>Your own ID.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Sequenzy's ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>All tags now on the subscriber.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
