namespace SubscriberSdk;

/// <summary>The credentials were missing, wrong, or lack permission (401 or 403). Check the configured key or token.</summary>
public sealed class AuthenticationFailedException(string message, SubscriberErrorDetails details)
    : SubscriberApiException(message, details);
