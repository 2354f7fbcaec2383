namespace SubscriberSdk;

/// <summary>The request conflicts with existing data (409), e.g. an email and an external id owned by two subscribers.</summary>
public sealed class ConflictException(string message, SubscriberErrorDetails details)
    : SubscriberApiException(message, details);
