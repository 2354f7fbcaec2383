namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// One stored subscriber. Immutable: a request builds the next version with <c>with</c> and the
/// account swaps it in at commit, so a request that fails part-way has nothing to undo.
/// </summary>
internal sealed record EssentialSubscriber
{
    public required string Sid { get; init; }

    public required string ChannelSid { get; init; }

    public required string TransportSid { get; init; }

    /// <summary>The 10-digit national number.</summary>
    public required long PhoneNumber { get; init; }

    public required SubscriberStatus Status { get; init; }

    public string? EmailAddress { get; init; }

    public string? ExternalUserId { get; init; }

    public PropertyBag Properties { get; init; } = PropertyBag.Empty;

    public string[] TagSids { get; init; } = [];

    public required string Carrier { get; init; }

    public required DateTime CarrierUpdatedAt { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public DateTime? SubscribedAt { get; init; }

    public DateTime? UnsubscribedAt { get; init; }

    public DateTime? AddedToInboxAt { get; init; }

    /// <summary>The state change Essential applies when a subscriber becomes (un)subscribed.</summary>
    public EssentialSubscriber WithStatus(SubscriberStatus status, DateTime now)
    {
        if (status == Status)
        {
            return this;
        }

        return status switch
        {
            SubscriberStatus.Subscribed => this with { Status = status, SubscribedAt = now, UnsubscribedAt = null },
            SubscriberStatus.Unsubscribed => this with { Status = status, SubscribedAt = null, UnsubscribedAt = now },
            _ => this with { Status = status, SubscribedAt = null },
        };
    }
}
