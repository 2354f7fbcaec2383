using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>An internal note on a subscriber (visible in the dashboard, never sent).</summary>
public sealed class SequenzyNote
{
    /// <summary>Note ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The subscriber's ID.</summary>
    public string SubscriberId { get; init; } = string.Empty;

    /// <summary>The workspace's ID.</summary>
    public string? CompanyId { get; init; }

    /// <summary>Who wrote it; null for an API key.</summary>
    public string? AuthorId { get; init; }

    /// <summary>The text.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>When it was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
