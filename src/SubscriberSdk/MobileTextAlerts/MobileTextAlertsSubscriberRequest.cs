namespace SubscriberSdk.MobileTextAlerts;

/// <summary>The writable fields of a Mobile Text Alerts subscriber. A new subscriber needs a phone number or an email.</summary>
public sealed class MobileTextAlertsSubscriberRequest
{
    /// <summary>The phone number in E.164 form, e.g. <c>+14155550123</c>.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The email address.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Groups to add the subscriber to (added to existing memberships).</summary>
    public IReadOnlyList<long>? GroupIds { get; init; }

    /// <summary>Custom field values keyed by custom field id, merged per key.</summary>
    public IReadOnlyDictionary<string, string>? CustomFields { get; init; }

    /// <summary>Employee number.</summary>
    public string? EmployeeNumber { get; init; }

    /// <summary>A text sent only to a newly created phone subscriber.</summary>
    public string? WelcomeMessage { get; init; }
}
