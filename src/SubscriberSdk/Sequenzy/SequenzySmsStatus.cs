namespace SubscriberSdk.Sequenzy;

/// <summary>A Sequenzy subscriber's SMS consent state.</summary>
public enum SequenzySmsStatus
{
    /// <summary>No SMS consent.</summary>
    NotSubscribed,

    /// <summary>Consent requested, not confirmed.</summary>
    Pending,

    /// <summary>Receives texts.</summary>
    Subscribed,

    /// <summary>Opted out of texts.</summary>
    Unsubscribed,
}
