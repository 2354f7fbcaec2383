namespace SubscriberSdk;

/// <summary>A provider response: the value plus the HTTP details behind it.</summary>
/// <typeparam name="T">The value type.</typeparam>
public class SubscriberResponse<T>
    where T : notnull
{
    /// <summary>Creates a response.</summary>
    public SubscriberResponse(T value, int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? requestId, int attempts = 1)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(headers);
        Value = value;
        StatusCode = statusCode;
        Headers = headers;
        RequestId = requestId;
        Attempts = attempts;
    }

    /// <summary>The value the provider answered with; never null (a success without one is a <see cref="SubscriberApiException"/>).</summary>
    public T Value { get; }

    /// <summary>The HTTP status of the final attempt.</summary>
    public int StatusCode { get; }

    /// <summary>Response headers of the final attempt (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The provider's request id, when it sent one.</summary>
    public string? RequestId { get; }

    /// <summary>Attempts made, retries included.</summary>
    public int Attempts { get; }
}
