namespace SubscriberSdk.Essential;

/// <summary>Whether an Essential welcome series is in use.</summary>
public enum EssentialWelcomeSeriesStatus
{
    /// <summary>New subscribers get it.</summary>
    Enabled,

    /// <summary>Kept, but not sent.</summary>
    Disabled,
}
