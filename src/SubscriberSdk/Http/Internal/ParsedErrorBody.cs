namespace SubscriberSdk.Http.Internal;

/// <summary>The parts of a provider error body the SDK understands.</summary>
internal sealed record ParsedErrorBody(string? Code, string? Message, string? RequestId, IReadOnlyList<FieldError> FieldErrors)
{
    public static readonly ParsedErrorBody Empty = new(null, null, null, []);

    /// <summary>
    /// Whether the body is an error of the providers' shape (it carries a code or a message). A body without
    /// either came from something else on the way (a web server, a proxy, a mock without that route).
    /// </summary>
    public bool IsProviderError => Code is not null || Message is not null;
}
