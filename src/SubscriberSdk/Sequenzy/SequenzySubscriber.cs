using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>A subscriber (contact) of the workspace.</summary>
public record SequenzySubscriber
{
    /// <summary>Sign-up date.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The provider's <c>customAttributes</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomAttributes { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Delivery email, unique per workspace; null for phone-only (SMS) contacts.</summary>
    public string? Email { get; init; }

    /// <summary>Mailbox provider, e.g. <c>gmail</c>.</summary>
    public string? EmailProvider { get; init; }

    /// <summary>Your own ID, unique per workspace; trimmed, not lowercased.</summary>
    public string? ExternalId { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Sequenzy's ID, e.g. <c>sub_abc123</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Phone number in E.164.</summary>
    public string? Phone { get; init; }

    /// <summary>The provider's <c>smsStatus</c>.</summary>
    public SequenzySmsStatus? SmsStatus { get; init; }

    /// <summary>The provider's <c>status</c>.</summary>
    public SequenzySubscriberStatus? Status { get; init; }

    /// <summary>Normalised tag names.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>IANA time zone; null when unknown.</summary>
    public string? Timezone { get; init; }

    /// <summary>When the contact opted out; null unless currently unsubscribed.</summary>
    public DateTimeOffset? UnsubscribedAt { get; init; }

    /// <summary>Last change.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
