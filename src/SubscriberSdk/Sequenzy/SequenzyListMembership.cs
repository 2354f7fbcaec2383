using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>A list the subscriber belongs or belonged to.</summary>
public sealed class SequenzyListMembership
{
    /// <summary>List description.</summary>
    public string? Description { get; init; }

    /// <summary>List ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Private lists are hidden from the preferences page.</summary>
    public bool? IsPrivate { get; init; }

    /// <summary>List name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>When the subscriber joined the list.</summary>
    public DateTimeOffset? SubscribedAt { get; init; }

    /// <summary>When the subscriber left the list; null while a member.</summary>
    public DateTimeOffset? UnsubscribedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
