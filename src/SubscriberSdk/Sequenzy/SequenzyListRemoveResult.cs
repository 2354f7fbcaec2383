using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>What removing subscribers from a list did.</summary>
public sealed class SequenzyListRemoveResult
{
    /// <summary>Memberships ended.</summary>
    public int Removed { get; init; }

    /// <summary>Emails or subscriber IDs that named no subscriber.</summary>
    public IReadOnlyList<string> NotFound { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
