using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// A validated, normalised create-subscriber request (also one import record or one list-add
/// email). Null means "not sent", except where a flag says otherwise.
/// </summary>
internal sealed record UpsertCommand
{
    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>The initial status; applies only when the subscriber is created.</summary>
    public SubscriberStatus? Status { get; init; }

    public OptInMode OptInMode { get; init; } = OptInMode.Default;

    public DuplicateStrategy DuplicateStrategy { get; init; } = DuplicateStrategy.Skip;

    public string[]? Tags { get; init; }

    /// <summary>Omitted (null): a new subscriber gets the workspace default lists; empty: none.</summary>
    public string[]? ListIds { get; init; }

    public CustomAttribute[]? Attributes { get; init; }

    /// <summary>E.164.</summary>
    public string? Phone { get; init; }

    public bool? SmsConsent { get; init; }

    /// <summary>True when <c>timezone</c> was sent (a null <see cref="Timezone"/> then clears it).</summary>
    public bool TimezoneSent { get; init; }

    public string? Timezone { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }
}
