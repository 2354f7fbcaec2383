using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Present only when the subscriber must confirm by email before becoming active.</summary>
public sealed class SequenzyOptInState
{
    /// <summary>True: the confirmation email was queued.</summary>
    public bool EmailQueued { get; init; }

    /// <summary>True: confirmation by email is required.</summary>
    public bool Required { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
