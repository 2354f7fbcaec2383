namespace SubscriberSdk.Attentive;

/// <summary>Unsubscribes a user from some or all subscriptions. A phone reaches TEXT subscriptions, an email EMAIL ones.</summary>
public sealed class AttentiveUnsubscribeRequest
{
    /// <summary>Phone in E.164 form.</summary>
    public string? Phone { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>Only these (channel, type) pairs; null for every subscription the identifiers reach.</summary>
    public IReadOnlyList<AttentiveSubscription>? Subscriptions { get; init; }

    /// <summary>Do not send the "you are unsubscribed" text.</summary>
    public bool DisableNotification { get; init; }

    /// <summary>Language of the notification: <c>en-US</c> or <c>fr-CA</c>.</summary>
    public string? NotificationLanguage { get; init; }
}
