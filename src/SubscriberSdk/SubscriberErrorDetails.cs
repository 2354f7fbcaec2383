namespace SubscriberSdk;

/// <summary>What the SDK knows about a failed provider response.</summary>
public sealed record SubscriberErrorDetails
{
    /// <summary>The provider that answered.</summary>
    public required string Provider { get; init; }

    /// <summary>The logical operation, e.g. <c>subscribers.upsert</c>.</summary>
    public string? Operation { get; init; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The provider's error code or name.</summary>
    public string? ProviderCode { get; init; }

    /// <summary>The provider's error message, unmodified.</summary>
    public string? ProviderMessage { get; init; }

    /// <summary>The provider's request id.</summary>
    public string? RequestId { get; init; }

    /// <summary>The raw response body.</summary>
    public string? RawBody { get; init; }

    /// <summary>Response headers (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether trying again later can succeed.</summary>
    public bool IsTransient { get; init; }

    /// <summary>How many attempts were made, retries included.</summary>
    public int Attempts { get; init; }

    /// <summary>Fields the provider rejected, when it said which.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; init; } = [];
}
