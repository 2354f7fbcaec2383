using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A custom subscriber attribute (Custom Field). Its <c>id</c> is the key used in <c>subscriberFields</c>.</summary>
public sealed class MobileTextAlertsCustomField
{
    /// <summary>When the field was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Date display format for <c>date</c> fields; null otherwise.</summary>
    public string? Format { get; init; }

    /// <summary>Hidden from sign-up forms.</summary>
    public bool? Hidden { get; init; }

    /// <summary>Custom field ID.</summary>
    public long Id { get; init; }

    /// <summary>Field name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Allowed values for select types; empty otherwise.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The provider's <c>type</c>.</summary>
    public MobileTextAlertsCustomFieldType? Type { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
