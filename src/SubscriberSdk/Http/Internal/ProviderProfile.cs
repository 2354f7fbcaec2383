namespace SubscriberSdk.Http.Internal;

/// <summary>What the pipeline needs to know about a provider's HTTP dialect.</summary>
internal sealed record ProviderProfile(
    string Id,
    string DisplayName,
    bool RateLimitResetInMilliseconds,
    bool StatusMeansUnsubscribed405,
    bool StatusMeansCannotReceiveSms412)
{
    public static readonly ProviderProfile Essential = new("essential", "Essential", false, true, true);

    public static readonly ProviderProfile Sequenzy = new("sequenzy", "Sequenzy", false, false, false);

    public static readonly ProviderProfile Attentive = new("attentive", "Attentive", false, false, false);

    // Mobile Text Alerts documents RateLimit-Reset in milliseconds (Retry-After stays in seconds).
    public static readonly ProviderProfile MobileTextAlerts = new("mta", "Mobile Text Alerts", true, false, false);
}
