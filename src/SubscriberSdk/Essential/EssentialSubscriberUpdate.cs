namespace SubscriberSdk.Essential;

/// <summary>Changes to an existing Essential subscriber; null fields stay as they are.</summary>
public sealed class EssentialSubscriberUpdate
{
    /// <summary>A new US phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>A new email address.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>A new external id.</summary>
    public string? ExternalUserId { get; init; }

    /// <summary>Whether the subscriber is in the inbox.</summary>
    public bool? Inboxed { get; init; }

    /// <summary>
    /// A new status. Setting <c>subscribed</c> on someone who unsubscribed re-subscribes them: do it only
    /// with a legal basis such as fresh, documented consent.
    /// </summary>
    public EssentialSubscriberStatus? Status { get; init; }
}
