using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Outcome for one email.</summary>
public sealed class SequenzyListAddEntry
{
    /// <summary>The subscriber joined the list by this call.</summary>
    public bool? AddedToList { get; init; }

    /// <summary>A new subscriber was created.</summary>
    public bool? Created { get; init; }

    /// <summary>The normalised email.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>Why this email failed.</summary>
    public string? Error { get; init; }

    /// <summary>An existing subscriber was left unchanged.</summary>
    public bool? Skipped { get; init; }

    /// <summary>False: this email failed (see <c>error</c>).</summary>
    public bool Success { get; init; }

    /// <summary>An existing subscriber was changed.</summary>
    public bool? Updated { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
