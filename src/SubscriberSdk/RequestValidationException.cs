namespace SubscriberSdk;

/// <summary>The provider rejected the request's content (400 or 422). Fix the listed fields; retrying as is will fail again.</summary>
public sealed class RequestValidationException(string message, SubscriberErrorDetails details)
    : SubscriberApiException(message, details)
{
    /// <summary>The fields the provider named, when it named any.</summary>
    public IReadOnlyList<FieldError> FieldErrors => Details.FieldErrors;
}
