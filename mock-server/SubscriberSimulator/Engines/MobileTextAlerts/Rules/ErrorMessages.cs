using SubscriberSimulator.Core.Phones;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Per-record error texts. The provider's exact strings are undocumented except the project's
/// decision "Subscriber already exists"; the rest say what is wrong without echoing contact data.
/// </summary>
internal static class ErrorMessages
{
    public const string AlreadyExists = "Subscriber already exists";
    public const string NotFound = "Subscriber not found";
    public const string NeedsContact = "A subscriber needs an email or a number.";
    public const string InvalidEmail = "email is not a valid email address.";
    public const string Landline = "The number is a landline and cannot receive text messages.";
    public const string Unreachable = "The number is unreachable: no carrier answers for it.";
    public const string NumberAndEmailConflict = "The number and the email belong to two different subscribers.";
    public const string NumberTaken = "The number belongs to another subscriber.";
    public const string EmailTaken = "The email belongs to another subscriber.";

    /// <summary>A refused phone number: the field and the rule it broke, in the words the SDK uses too.</summary>
    public static string Phone(string field, PhoneRule rule) => PhoneRuleWords.About(field, rule) + ".";

    public static string UnknownGroup(long groupId) => $"Group {groupId} does not exist.";

    public static string UnknownCustomField(string fieldKey) => $"Custom field {fieldKey} does not exist.";
}
