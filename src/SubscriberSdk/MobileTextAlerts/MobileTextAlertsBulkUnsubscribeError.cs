using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A number a bulk opt-out could not take, and why.</summary>
public sealed class MobileTextAlertsBulkUnsubscribeError
{
    /// <summary>The number as sent.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>Why, e.g. "Invalid phone number.".</summary>
    public string Error { get; init; } = string.Empty;

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
