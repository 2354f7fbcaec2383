using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SubscriberSdk.Http.Internal;

/// <summary>Which outcomes the retry and the circuit breaker treat as failures.</summary>
internal static class TransientFailureClassifier
{
    /// <summary>408, 429 and 5xx except 501 and 505, which say the server will never handle the request.</summary>
    public static bool IsTransientStatus(int status) =>
        status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests
        || (status >= 500 && status != (int)HttpStatusCode.NotImplemented && status != (int)HttpStatusCode.HttpVersionNotSupported);

    /// <summary>A transient status, or what the resilience library calls a transient failure (a transport error, a timed-out attempt).</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response ? IsTransientStatus((int)response.StatusCode) : HttpClientResiliencePredicates.IsTransient(outcome);

    /// <summary>The breaker counts provider trouble only; a 429 is the provider working as documented.</summary>
    public static bool CountsAgainstCircuit(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response ? (int)response.StatusCode >= 500 : IsTransient(outcome);

    /// <summary>
    /// A 429 is retried for every operation because a throttled request was not executed. Anything else
    /// that may have reached the provider is retried only when the operation is safe to repeat.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, OperationPolicy policy, HttpMethod method)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        return IsTransient(outcome) && policy.AllowsRetryAfterAmbiguousFailure(method);
    }
}
