using System.Net;
using Polly.Timeout;

namespace SubscriberSdk.Http.Internal;

/// <summary>Which outcomes the retry and the circuit breaker treat as failures.</summary>
internal static class TransientFailureClassifier
{
    public static bool IsTransientStatus(int status) =>
        status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests
        || (status >= 500 && status != (int)HttpStatusCode.NotImplemented && status != (int)HttpStatusCode.HttpVersionNotSupported);

    public static bool IsTransientException(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException;

    /// <summary>The breaker counts provider trouble only; a 429 is the provider working as documented.</summary>
    public static bool CountsAgainstCircuit(HttpResponseMessage? response, Exception? exception) =>
        exception is not null ? IsTransientException(exception) : response is not null && (int)response.StatusCode >= 500;

    /// <summary>
    /// A 429 is retried for every operation because a throttled request was not executed. Anything else
    /// that may have reached the provider is retried only when the operation is safe to repeat.
    /// </summary>
    public static bool ShouldRetry(HttpResponseMessage? response, Exception? exception, OperationPolicy policy, HttpMethod method)
    {
        if (exception is not null)
        {
            return IsTransientException(exception) && policy.AllowsRetryAfterAmbiguousFailure(method);
        }

        if (response is null)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        if (status == (int)HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        return IsTransientStatus(status) && policy.AllowsRetryAfterAmbiguousFailure(method);
    }
}
