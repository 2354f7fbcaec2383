using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// One stored subscriber, immutable: a write stages a new instance that the account swaps in when
/// the request commits, and the C# API hands it out as it is. Kept compact for million-record
/// accounts: the phone is its E.164 digits (0 = none), the date is UTC ticks, empty strings mean
/// "not set".
/// </summary>
public sealed record MtaSubscriber
{
    public required long Id { get; init; }

    public string FirstName { get; init; } = string.Empty;

    public string LastName { get; init; } = string.Empty;

    /// <summary>The email as given (trimmed); null for a phone-only subscriber.</summary>
    public string? Email { get; init; }

    /// <summary>E.164 digits without '+'; 0 for an email-only subscriber.</summary>
    public long PhoneDigits { get; init; }

    public string? EmployeeNumber { get; init; }

    public required long CreatedUtcTicks { get; init; }

    public int CarrierId { get; init; }

    public int SignupMethod { get; init; } = MtaSignupMethods.Api;

    public MtaGroupMembership[] Groups { get; init; } = [];

    public MtaFieldValue[] Fields { get; init; } = [];

    public DateTimeOffset Date => new(CreatedUtcTicks, TimeSpan.Zero);

    public bool HasPhone => PhoneDigits != 0;

    public string? E164 => HasPhone ? MtaPhoneNumbers.FormatE164(PhoneDigits) : null;
}
