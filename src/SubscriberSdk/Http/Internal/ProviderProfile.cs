namespace SubscriberSdk.Http.Internal;

/// <summary>What the pipeline needs to know about a provider's HTTP dialect.</summary>
internal sealed record ProviderProfile(
    string Id,
    string DisplayName,
    bool RateLimitResetInMilliseconds,
    bool StatusMeansUnsubscribed405,
    bool StatusMeansCannotReceiveSms412,
    bool ValidationErrorMayMeanCannotReceiveSms = false)
{
    public static readonly ProviderProfile Essential = new("essential", "Essential", false, true, true);

    public static readonly ProviderProfile Sequenzy = new("sequenzy", "Sequenzy", false, false, false);

    public static readonly ProviderProfile Attentive = new("attentive", "Attentive", false, false, false);

    // Mobile Text Alerts documents RateLimit-Reset in milliseconds (Retry-After stays in seconds), and
    // refuses a landline with its generic 400 (BadRequestError): only the message tells the two apart.
    public static readonly ProviderProfile MobileTextAlerts = new("mta", "Mobile Text Alerts", true, false, false, ValidationErrorMayMeanCannotReceiveSms: true);

    /// <summary>Whether the answer says the phone number cannot receive text messages (a landline, an unreachable number).</summary>
    public bool MeansCannotReceiveSms(int status, ParsedErrorBody parsed) =>
        (status == 412 && StatusMeansCannotReceiveSms412)
        || (status == 400 && ValidationErrorMayMeanCannotReceiveSms && CannotReceiveSmsText.Describes(parsed.Message));
}
