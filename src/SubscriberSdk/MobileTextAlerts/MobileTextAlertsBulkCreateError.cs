using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A record a bulk create did not accept: the fields as sent, and why.</summary>
public sealed class MobileTextAlertsBulkCreateError
{
    /// <summary>Why the record was not accepted, e.g. "Subscriber already exists".</summary>
    public string Error { get; init; } = string.Empty;

    /// <summary>The phone number in E.164 form, as sent.</summary>
    public string? E164Number { get; init; }

    /// <summary>The phone number sent as <c>number</c> (a JSON number or string), as text.</summary>
    public string? Number { get; init; }

    /// <summary>The email, as sent.</summary>
    public string? Email { get; init; }

    /// <summary>First name, as sent.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name, as sent.</summary>
    public string? LastName { get; init; }

    /// <summary>Employee number, as sent.</summary>
    public string? EmployeeNumber { get; init; }

    /// <summary>The welcome message, as sent.</summary>
    public string? WelcomeMessage { get; init; }

    /// <summary>Group ids, as sent.</summary>
    public IReadOnlyList<long> GroupIds { get; init; } = [];

    /// <summary>Custom field values keyed by custom field id, as sent.</summary>
    public IReadOnlyDictionary<string, string> SubscriberFields { get; init; } = new Dictionary<string, string>();

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
