namespace SubscriberSdk.MobileTextAlerts;

/// <summary>One record of a bulk update: exactly one of <see cref="Id"/>, <see cref="PhoneNumber"/> or <see cref="Email"/> says which subscriber.</summary>
public sealed class MobileTextAlertsBulkUpdate
{
    /// <summary>The subscriber's id.</summary>
    public long? Id { get; init; }

    /// <summary>The subscriber's phone number (E.164).</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The subscriber's email.</summary>
    public string? Email { get; init; }

    /// <summary>The changes.</summary>
    public required MobileTextAlertsSubscriberRequest Changes { get; init; }
}
