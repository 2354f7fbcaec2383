using System.Globalization;
using Polly.RateLimiting;

namespace SubscriberSdk.Http.Internal;

/// <summary>Turns a failed response, or a failure without one, into the SDK's exception types.</summary>
internal static class ApiErrorFactory
{
    public static SubscriberApiException FromResponse(
        ProviderProfile profile, string operation, HttpResponseMessage response, string? body, int attempts, TimeSpan? retryAfter)
    {
        var status = (int)response.StatusCode;
        var parsed = ErrorBodyParser.Parse(body);
        var details = new SubscriberErrorDetails
        {
            Provider = profile.DisplayName,
            Operation = operation,
            StatusCode = status,
            ProviderCode = parsed.Code,
            ProviderMessage = parsed.Message,
            RequestId = ResponseHeaderReader.RequestId(response) ?? parsed.RequestId,
            RawBody = body,
            Headers = ResponseHeaderReader.Read(response),
            IsTransient = TransientFailureClassifier.IsTransientStatus(status),
            Attempts = attempts,
            FieldErrors = parsed.FieldErrors,
        };

        var what = Describe(profile, operation, status, parsed);
        if (profile.MeansCannotReceiveSms(status, parsed))
        {
            return new CannotReceiveSmsException($"{what} The phone number cannot receive text messages (for example a landline); use another number.", details);
        }

        return status switch
        {
            400 or 422 => new RequestValidationException($"{what} Correct the request; sending it again unchanged will fail the same way.", details),
            401 or 403 => new AuthenticationFailedException($"{what} Check the credentials configured for {profile.DisplayName} and their permissions.", details),
            404 when !parsed.IsProviderError => new ResourceNotFoundException(
                $"{what} The answer is not a {profile.DisplayName} error, so the address itself was probably not found: "
                + $"check the client's BaseAddress (this request went to {Address(response.RequestMessage?.RequestUri)}).", details),
            404 => new ResourceNotFoundException($"{what} Check the identifiers in the request.", details),
            405 when profile.StatusMeansUnsubscribed405 => new UnsubscribedException(UnsubscribedAdvice.Message(what, parsed.Message), details),
            409 => new ConflictException($"{what} The request conflicts with existing data; look up the existing record and resolve the clash.", details),
            429 => new RateLimitedException(
                $"{what} The rate limit still applied after {attempts} attempt(s); wait {FormatWait(retryAfter)} before trying again.", details, retryAfter),
            _ when details.IsTransient => new SubscriberApiException($"{what} This looks temporary; it failed after {attempts} attempt(s), so try again later.", details),
            _ => new SubscriberApiException(what, details),
        };
    }

    public static SubscriberApiException FromFailure(ProviderProfile profile, string operation, Exception failure, int attempts, string reason)
    {
        var details = new SubscriberErrorDetails
        {
            Provider = profile.DisplayName,
            Operation = operation,
            IsTransient = true,
            Attempts = attempts,
        };
        return new SubscriberApiException(
            SensitiveDataMasker.Mask($"{profile.DisplayName} {operation} failed without a response after {attempts} attempt(s): {reason} Try again later."),
            details,
            failure);
    }

    /// <summary>A success status whose body was empty or lacked the value the operation returns.</summary>
    public static SubscriberApiException EmptySuccess(ProviderProfile profile, string operation, int status, string? requestId, int attempts)
    {
        var details = new SubscriberErrorDetails
        {
            Provider = profile.DisplayName,
            Operation = operation,
            StatusCode = status,
            RequestId = requestId,
            Attempts = attempts,
        };
        return new SubscriberApiException(
            $"{profile.DisplayName} {operation} answered HTTP {status} without the expected body, so there is no result to return. "
            + "The write may have happened: read the record back before trying again.",
            details);
    }

    public static RateLimitedException PacingQueueFull(ProviderProfile profile, string operation, RateLimiterRejectedException failure)
    {
        var details = new SubscriberErrorDetails { Provider = profile.DisplayName, Operation = operation, IsTransient = true };
        return new RateLimitedException(
            $"{profile.DisplayName} {operation} was not sent: too many requests are already waiting for a pacing permit. Send fewer requests at once or raise PacingOptions.QueueLimit.",
            details,
            failure.RetryAfter);
    }

    private static string Describe(ProviderProfile profile, string operation, int status, ParsedErrorBody parsed)
    {
        var code = parsed.Code is null ? string.Empty : $", code {parsed.Code}";
        var message = parsed.Message is null ? string.Empty : $": {parsed.Message.TrimEnd('.')}";
        return SensitiveDataMasker.Mask($"{profile.DisplayName} {operation} failed (HTTP {status}{code}){message}.");
    }

    /// <summary>Where a request went, without its query and with contact data masked.</summary>
    private static string Address(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? uri.GetLeftPart(UriPartial.Authority) + SensitiveDataMasker.MaskUri(uri) : SensitiveDataMasker.MaskUri(uri);

    private static string FormatWait(TimeSpan? retryAfter) =>
        retryAfter is { } wait ? $"{wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s" : "a while";
}
