namespace SubscriberSdk.Sequenzy;

/// <summary>A Sequenzy subscriber's status.</summary>
public enum SequenzySubscriberStatus
{
    /// <summary>Receives email.</summary>
    Active,

    /// <summary>Opted out.</summary>
    Unsubscribed,

    /// <summary>The address bounced.</summary>
    Bounced,
}
