namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Per-record error texts. The provider's exact strings are undocumented except the project's
/// decision "Subscriber already exists"; the rest say what is wrong without echoing contact data.
/// </summary>
internal static class MtaErrorMessages
{
    public const string AlreadyExists = "Subscriber already exists";
    public const string NotFound = "Subscriber not found";
    public const string NeedsContact = "A subscriber needs an email or a number.";
    public const string InvalidNumber = "number is not a valid phone number: it needs 7 to 15 digits.";
    public const string InvalidE164 = "e164Number is not a valid E.164 number: '+' then 7 to 15 digits, the first not 0.";
    public const string InvalidEmail = "email is not a valid email address.";
    public const string Landline = "The number is a landline and cannot receive text messages.";
    public const string Unreachable = "The number is unreachable: no carrier answers for it.";
    public const string NumberAndEmailConflict = "The number and the email belong to two different subscribers.";
    public const string NumberTaken = "The number belongs to another subscriber.";
    public const string EmailTaken = "The email belongs to another subscriber.";

    public static string UnknownGroup(long groupId) => $"Group {groupId} does not exist.";

    public static string UnknownCustomField(string fieldKey) => $"Custom field {fieldKey} does not exist.";
}
