namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Failures that are answers, not faults: callers catch them and carry on (skip an unsubscribed or
/// landline number, treat a missing subscriber on a lookup as absent), so logging them as warnings
/// would flood a healthy application's logs.
/// </summary>
internal static class ExpectedOutcome
{
    public static bool IsHandledByCallers(SubscriberApiException error, HttpMethod? method) => error switch
    {
        UnsubscribedException or CannotReceiveSmsException => true,
        // A 404 without the provider's error body is a wrong address, not a missing record: still a warning.
        ResourceNotFoundException when error.ProviderCode is null && error.ProviderMessage is null => false,
        ResourceNotFoundException => method == HttpMethod.Get || method == HttpMethod.Head,
        _ => false,
    };
}
