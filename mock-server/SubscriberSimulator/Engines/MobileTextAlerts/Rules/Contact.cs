namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>The phone (E.164 digits, 0 = not given) and trimmed email (null = not given) of one input record.</summary>
internal readonly record struct Contact(long PhoneDigits, string? Email);
