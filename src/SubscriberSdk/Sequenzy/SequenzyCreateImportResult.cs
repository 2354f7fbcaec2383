using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>The queued import.</summary>
public sealed class SequenzyCreateImportResult
{
    /// <summary>True: this replays an earlier request with the same idempotency key and content; the earlier import is returned and nothing new is queued.</summary>
    public bool Deduplicated { get; init; }

    /// <summary>The provider's <c>import</c>.</summary>
    public SequenzyImport? Import { get; init; }

    /// <summary>Human-readable summary.</summary>
    public string? Message { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
