using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>The enums' names on the wire, both ways. Parsing returns null for an unknown name.</summary>
internal static class WireNames
{
    public static string Of(SubscriberStatus status) => status switch
    {
        SubscriberStatus.Active => "active",
        SubscriberStatus.Unsubscribed => "unsubscribed",
        _ => "bounced",
    };

    public static string Of(SmsStatus status) => status switch
    {
        SmsStatus.NotSubscribed => "not_subscribed",
        SmsStatus.Pending => "pending",
        SmsStatus.Subscribed => "subscribed",
        _ => "unsubscribed",
    };

    public static string Of(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Active => "active",
        EnrollmentStatus.Waiting => "waiting",
        EnrollmentStatus.Completed => "completed",
        EnrollmentStatus.Failed => "failed",
        _ => "cancelled",
    };

    public static EnrollmentStatus? ParseEnrollmentStatus(string? value) => value switch
    {
        "active" => EnrollmentStatus.Active,
        "waiting" => EnrollmentStatus.Waiting,
        "completed" => EnrollmentStatus.Completed,
        "failed" => EnrollmentStatus.Failed,
        "cancelled" => EnrollmentStatus.Cancelled,
        _ => null,
    };

    public static SubscriberStatus? ParseStatus(string? value) => value switch
    {
        "active" => SubscriberStatus.Active,
        "unsubscribed" => SubscriberStatus.Unsubscribed,
        "bounced" => SubscriberStatus.Bounced,
        _ => null,
    };

    public static OptInMode? ParseOptInMode(string? value) => value switch
    {
        "default" => OptInMode.Default,
        "confirmed" => OptInMode.Confirmed,
        "double_opt_in" => OptInMode.DoubleOptIn,
        _ => null,
    };

    public static DuplicateStrategy? ParseDuplicateStrategy(string? value) => value switch
    {
        "skip" => DuplicateStrategy.Skip,
        "merge" => DuplicateStrategy.Merge,
        "overwrite" => DuplicateStrategy.Overwrite,
        _ => null,
    };

    /// <summary>The mailbox provider shown as <c>emailProvider</c>, from the email's domain.</summary>
    public static string? EmailProvider(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var domain = email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..];
        return domain switch
        {
            "gmail.com" or "googlemail.com" => "gmail",
            "outlook.com" or "hotmail.com" or "live.com" => "outlook",
            "yahoo.com" => "yahoo",
            "icloud.com" or "me.com" => "icloud",
            _ => "other",
        };
    }
}
