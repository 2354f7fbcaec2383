namespace SubscriberSdk;

/// <summary>The subscriber, channel, list or other resource does not exist for these credentials (404).</summary>
public sealed class ResourceNotFoundException(string message, SubscriberErrorDetails details)
    : SubscriberApiException(message, details);
