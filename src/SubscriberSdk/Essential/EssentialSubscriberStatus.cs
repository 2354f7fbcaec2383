namespace SubscriberSdk.Essential;

/// <summary>An Essential subscriber's status.</summary>
public enum EssentialSubscriberStatus
{
    /// <summary>Receives messages.</summary>
    Subscribed,

    /// <summary>Opted out; receives nothing.</summary>
    Unsubscribed,

    /// <summary>Not yet confirmed; gets no welcome.</summary>
    Unconfirmed,
}
