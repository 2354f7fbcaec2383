using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>One custom attribute value of a subscriber (IPublicSubscriberFieldDatum).</summary>
public sealed class MobileTextAlertsSubscriberFieldValue
{
    /// <summary>The value.</summary>
    public string Data { get; init; } = string.Empty;

    /// <summary>ID of this value.</summary>
    public long Id { get; init; }

    /// <summary>The custom field ID.</summary>
    public long SubscriberFieldId { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
