using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>One entry of the account's unsubscribe list.</summary>
public sealed class MobileTextAlertsUnsubscribe
{
    /// <summary>When the number was opted out.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Email address of the subscriber with this number, or empty (Decision).</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>Unsubscribe entry ID.</summary>
    public long Id { get; init; }

    /// <summary>First and last name of the subscriber with this number, or empty (Decision).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The opted-out number (Decision: in E.164 form, e.g. +19148440001).</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
