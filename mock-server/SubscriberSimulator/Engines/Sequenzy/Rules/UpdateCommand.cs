using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>A validated, normalised PATCH body. Null means "not sent" unless a *Sent flag says otherwise.</summary>
internal sealed record UpdateCommand
{
    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>"" clears.</summary>
    public string? FirstName { get; init; }

    /// <summary>"" clears.</summary>
    public string? LastName { get; init; }

    public SubscriberStatus? Status { get; init; }

    public string[]? Tags { get; init; }

    public CustomAttribute[]? Attributes { get; init; }

    /// <summary>True: <c>customAttributesStrategy: merge</c> (only the given keys change).</summary>
    public bool MergeAttributes { get; init; }

    public bool PhoneSent { get; init; }

    /// <summary>E.164, or null to clear (when <see cref="PhoneSent"/>).</summary>
    public string? Phone { get; init; }

    public bool? SmsConsent { get; init; }

    public bool TimezoneSent { get; init; }

    public string? Timezone { get; init; }
}
