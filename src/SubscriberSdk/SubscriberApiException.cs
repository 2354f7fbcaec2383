namespace SubscriberSdk;

/// <summary>
/// A provider call failed. Subtypes mark the failures a caller handles differently; everything else
/// arrives as this type. <see cref="IsTransient"/> says whether trying again later can succeed.
/// Messages never contain a full phone number, email address or credential.
/// </summary>
public class SubscriberApiException : Exception
{
    /// <summary>Creates the exception from what the provider answered.</summary>
    public SubscriberApiException(string message, SubscriberErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
    }

    /// <summary>Everything known about the failed response.</summary>
    public SubscriberErrorDetails Details { get; }

    /// <summary>The provider that answered (Essential, Sequenzy, Attentive, Mobile Text Alerts).</summary>
    public string Provider => Details.Provider;

    /// <summary>The HTTP status, or null when no response arrived (transport error, timeout, open circuit).</summary>
    public int? StatusCode => Details.StatusCode;

    /// <summary>The provider's error code or name, when its error body has one.</summary>
    public string? ProviderCode => Details.ProviderCode;

    /// <summary>The provider's own error message, unmodified.</summary>
    public string? ProviderMessage => Details.ProviderMessage;

    /// <summary>The request id to quote to the provider's support, when one was returned.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>The response body as received, for diagnostics.</summary>
    public string? RawBody => Details.RawBody;

    /// <summary>Whether the same request may succeed later (timeouts, 408, 429, 5xx, transport errors).</summary>
    public bool IsTransient => Details.IsTransient;
}
