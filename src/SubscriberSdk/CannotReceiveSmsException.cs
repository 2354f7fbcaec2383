namespace SubscriberSdk;

/// <summary>The phone number cannot receive text messages (Essential answers 412, e.g. a landline). Use another number or channel.</summary>
public sealed class CannotReceiveSmsException(string message, SubscriberErrorDetails details)
    : SubscriberApiException(message, details);
