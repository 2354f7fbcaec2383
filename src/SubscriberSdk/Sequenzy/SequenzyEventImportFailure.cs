using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>One event of an import that was not recorded.</summary>
public sealed class SequenzyEventImportFailure
{
    /// <summary>Position of the event in the request.</summary>
    public int Index { get; init; }

    /// <summary>Why it was not recorded.</summary>
    public string Error { get; init; } = string.Empty;

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
