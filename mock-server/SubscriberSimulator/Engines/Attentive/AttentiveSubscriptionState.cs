namespace SubscriberSimulator.Engines.Attentive;

/// <summary>Where one subscription stands. A byte so a million contacts stay small.</summary>
public enum AttentiveSubscriptionState : byte
{
    /// <summary>The contact never had this subscription.</summary>
    None = 0,

    /// <summary>A double opt-in TEXT subscription waiting for the "Y" reply; not eligible yet.</summary>
    Pending = 1,

    /// <summary>Subscribed and eligible.</summary>
    Active = 2,

    /// <summary>Unsubscribed (API or STOP reply); still listed, not eligible.</summary>
    Unsubscribed = 3,
}
