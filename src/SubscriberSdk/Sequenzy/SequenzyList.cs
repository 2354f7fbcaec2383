using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>A list of the workspace.</summary>
public sealed class SequenzyList
{
    /// <summary>Current members with status active.</summary>
    public int? ActiveSubscriberCount { get; init; }

    /// <summary>When the list was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>List description.</summary>
    public string? Description { get; init; }

    /// <summary>List ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Private lists are hidden from the preferences page.</summary>
    public bool? IsPrivate { get; init; }

    /// <summary>List name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Current members of any status.</summary>
    public int? SubscriberCount { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
