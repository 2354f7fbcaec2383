using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A subscriber as returned (IPublicNumber). Email-only subscribers have <c>number</c> 0, no <c>e164Number</c> and a null <c>countryId</c>. Decision: missing names and email come back as empty strings.</summary>
public sealed class MobileTextAlertsSubscriber
{
    /// <summary>Carrier ID. The real API has been seen sending it as a string ("41"); clients should accept both. Decision: null for email-only subscribers.</summary>
    public int? CarrierId { get; init; }

    /// <summary>Country ID (209 = US, Inferred); null for email-only subscribers.</summary>
    public int? CountryId { get; init; }

    /// <summary>When the subscriber signed up.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The number in E.164 form, e.g. +18002223333; absent for email-only subscribers.</summary>
    public string? E164Number { get; init; }

    /// <summary>Email address, or empty.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>First name, or empty.</summary>
    public string FirstName { get; init; } = string.Empty;

    /// <summary>The subscriber's groups.</summary>
    public IReadOnlyList<MobileTextAlertsSubscriberGroup> Groups { get; init; } = [];

    /// <summary>Subscriber ID.</summary>
    public long Id { get; init; }

    /// <summary>Last name, or empty.</summary>
    public string LastName { get; init; } = string.Empty;

    /// <summary>Same as <c>number</c> in the examples.</summary>
    public long LongNumber { get; init; }

    /// <summary>The stored national number; 0 for email-only subscribers.</summary>
    public long Number { get; init; }

    /// <summary>How the subscriber signed up (undocumented codes; 5 = API seen).</summary>
    public int? SignupMethod { get; init; }

    /// <summary>Custom attribute values.</summary>
    public IReadOnlyList<MobileTextAlertsSubscriberFieldValue> SubscriberFieldData { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
