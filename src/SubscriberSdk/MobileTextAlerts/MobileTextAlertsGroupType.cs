namespace SubscriberSdk.MobileTextAlerts;

/// <summary>The kind of a Mobile Text Alerts group.</summary>
public enum MobileTextAlertsGroupType
{
    /// <summary>Members are added and removed explicitly.</summary>
    Static,

    /// <summary>Membership follows a rule.</summary>
    Adaptive,
}
