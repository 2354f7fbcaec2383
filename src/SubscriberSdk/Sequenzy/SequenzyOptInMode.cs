namespace SubscriberSdk.Sequenzy;

/// <summary>How Sequenzy handles consent for new subscribers.</summary>
public enum SequenzyOptInMode
{
    /// <summary>The workspace's default.</summary>
    Default,

    /// <summary>Consent is already confirmed.</summary>
    Confirmed,

    /// <summary>Sends a confirmation email first; tags and lists wait for the click.</summary>
    DoubleOptIn,
}
