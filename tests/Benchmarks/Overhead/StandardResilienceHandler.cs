using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Benchmarks.Overhead;

/// <summary>
/// What <c>AddStandardResilienceHandler()</c> puts in front of a hand-written HttpClient (total timeout, retry,
/// circuit breaker, rate limiter, attempt timeout, with the library's default options), built without
/// dependency injection: the careful hand-written caller the SDK's own pipeline is compared with.
/// </summary>
public static class StandardResilienceHandler
{
    public static DelegatingHandler Create(HttpMessageHandler inner)
    {
        var options = new HttpStandardResilienceOptions();
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(options.TotalRequestTimeout)
            .AddRetry(options.Retry)
            .AddCircuitBreaker(options.CircuitBreaker)
            .AddRateLimiter(options.RateLimiter)
            .AddTimeout(options.AttemptTimeout)
            .Build();
        return new ResilienceHandler(pipeline) { InnerHandler = inner };
    }
}
