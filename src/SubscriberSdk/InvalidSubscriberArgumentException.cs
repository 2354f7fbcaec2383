namespace SubscriberSdk;

/// <summary>
/// The SDK refused to send a request that cannot succeed (no identifier, mutually exclusive options,
/// a malformed email or phone number, too many records). Nothing was sent.
/// </summary>
public sealed class InvalidSubscriberArgumentException : ArgumentException
{
    /// <summary>Creates the exception for one parameter.</summary>
    public InvalidSubscriberArgumentException(string message, string paramName)
        : base(message, paramName)
    {
        FieldErrors = [new FieldError(paramName, message)];
    }

    /// <summary>Creates the exception for several problems; <see cref="ArgumentException.ParamName"/> names the first.</summary>
    public InvalidSubscriberArgumentException(IReadOnlyList<FieldError> fieldErrors)
        : base(Describe(fieldErrors), fieldErrors is { Count: > 0 } ? fieldErrors[0].Field : null)
    {
        FieldErrors = fieldErrors;
    }

    /// <summary>Every problem found, not just the first.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; }

    private static string Describe(IReadOnlyList<FieldError> fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(fieldErrors);
        return fieldErrors.Count == 0
            ? "The request is invalid."
            : string.Join(" ", fieldErrors.Select(e => e.Message));
    }
}
