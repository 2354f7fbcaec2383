using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using SubscriberSdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Reconfigures a SubscriberSdk client's request pipeline with the resilience library's standard options
/// (<see cref="HttpStandardResilienceOptions"/>): total and attempt timeouts, retry, circuit breaker and
/// rate limiter. Call it on the builder that <c>AddEssentialClient</c>, <c>AddSequenzyClient</c>,
/// <c>AddAttentiveClient</c> or <c>AddMobileTextAlertsClient</c> returns.
/// </summary>
/// <remarks>
/// The options arrive filled from the client's own options (Timeout, AttemptTimeout, Retry,
/// CircuitBreaker, Pacing); what a callback sets wins. The SDK's decisions sit in the options as
/// callbacks: <c>Retry.ShouldHandle</c> (never repeats an unsafe POST after an ambiguous failure),
/// <c>Retry.OnRetry</c> and <c>CircuitBreaker.ShouldHandle</c> (never counts a 429) and
/// <c>RateLimiter.RateLimiter</c> (the provider's pacing and the server's requested waits). Wrap them to
/// add behaviour; replacing them drops what they do. The pipeline's order is fixed: total timeout, retry,
/// circuit breaker, rate limiter, attempt timeout.
/// </remarks>
public static class SubscriberResilienceHttpClientBuilderExtensions
{
    /// <summary>Changes the client's standard resilience options.</summary>
    /// <param name="builder">The builder an <c>Add...Client</c> method returned.</param>
    /// <param name="configure">Runs after the SDK has filled the options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="builder"/> is not a SubscriberSdk client's.</exception>
    public static IHttpClientBuilder ConfigureResilience(this IHttpClientBuilder builder, Action<HttpStandardResilienceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return ConfigureResilience(builder, (options, _) => configure(options));
    }

    /// <summary>Changes the client's standard resilience options, with access to the container's services.</summary>
    /// <inheritdoc cref="ConfigureResilience(IHttpClientBuilder, Action{HttpStandardResilienceOptions})"/>
    public static IHttpClientBuilder ConfigureResilience(this IHttpClientBuilder builder, Action<HttpStandardResilienceOptions, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        RequireSubscriberClient(builder);
        builder.Services.AddOptions<HttpStandardResilienceOptions>(builder.Name).Configure<IServiceProvider>(configure);
        return builder;
    }

    /// <summary>
    /// Binds the client's standard resilience options from <paramref name="section"/>, for example
    /// <c>"Retry": { "MaxRetryAttempts": 5 }, "AttemptTimeout": { "Timeout": "00:00:10" }</c>.
    /// </summary>
    /// <param name="builder">The builder an <c>Add...Client</c> method returned.</param>
    /// <param name="section">The configuration section holding <see cref="HttpStandardResilienceOptions"/>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="builder"/> is not a SubscriberSdk client's.</exception>
    public static IHttpClientBuilder ConfigureResilience(this IHttpClientBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        RequireSubscriberClient(builder);
        builder.Services.AddOptions<HttpStandardResilienceOptions>(builder.Name).Bind(section);
        return builder;
    }

    private static void RequireSubscriberClient(IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!SubscriberClientRegistration.IsSubscriberClient(builder))
        {
            throw new InvalidOperationException(
                $"ConfigureResilience changes the pipeline of a SubscriberSdk client, but the HTTP client '{builder.Name}' is not one. "
                + "Call it on the builder that AddEssentialClient, AddSequenzyClient, AddAttentiveClient or AddMobileTextAlertsClient returns.");
        }
    }
}
