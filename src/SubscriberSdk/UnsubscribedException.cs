namespace SubscriberSdk;

/// <summary>
/// The subscriber has unsubscribed (Essential answers 405) and cannot be re-added by an upsert. Honour the
/// opt-out: re-subscribing needs the subscriber update endpoint and a legal basis such as fresh consent.
/// </summary>
public sealed class UnsubscribedException(string message, SubscriberErrorDetails details)
    : SubscriberApiException(message, details);
