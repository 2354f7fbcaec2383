using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Internal;

/// <summary>
/// Registers a provider client: its options (bound from configuration and/or a delegate), a named
/// <see cref="HttpClient"/> from <c>IHttpClientFactory</c> carrying the SDK pipeline (the resilience
/// library's handler between the SDK's outer and attempt handlers, then Kiota's), the standard resilience
/// options of that pipeline (named like the HTTP client), and the client itself as a singleton (clients
/// are thread-safe and meant to live long).
/// </summary>
internal static class SubscriberClientRegistration
{
    public static IHttpClientBuilder Add<TClient, TOptions>(
        IServiceCollection services,
        IConfiguration? section,
        Action<TOptions>? configure,
        Func<TOptions, HttpClient, TClient> create)
        where TClient : class
        where TOptions : SubscriberClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        var name = typeof(TClient).FullName!;
        var options = services.AddOptions<TOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Unless the options name a clock, the container's TimeProvider (if any) drives every strategy.
        options.PostConfigure<IServiceProvider>((o, sp) =>
        {
            if (!o.HasExplicitTimeProvider && sp.GetService<TimeProvider>() is { } time)
            {
                o.TimeProvider = time;
            }
        });
        options.Validate(o =>
        {
            o.Validate();
            return true;
        });

        services.TryAddKeyedSingleton(name, (sp, _) =>
        {
            var resolved = Resolve<TOptions>(sp);
            var logger = (resolved.LoggerFactory ?? sp.GetService<ILoggerFactory>())?.CreateLogger(name);
            return new SubscriberPipeline(new PipelineSettings(resolved), logger);
        });
        services.AddOptions<HttpStandardResilienceOptions>(name)
            .Configure<IServiceProvider>((resilience, sp) => Pipeline(sp, name).ApplyDefaults(resilience))
            .PostConfigure<IServiceProvider>((resilience, sp) => ResilienceOptionsDefaults.DeriveAttemptTimeout(resilience, Pipeline(sp, name).Settings));

        var builder = services.AddHttpClient(name)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => Resolve<TOptions>(sp).Transport ?? SubscriberHttpClientFactory.CreateSocketsHandler())
            .AddHttpMessageHandler(sp => Pipeline(sp, name).CreateOuterHandler());
        builder.AddResilienceHandler(SubscriberPipeline.ResilienceHandlerName, (pipeline, context) =>
            Pipeline(context.ServiceProvider, name).AddStrategies(pipeline, context.GetOptions<HttpStandardResilienceOptions>(name), name));
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
        {
            foreach (var handler in Pipeline(sp, name).CreateInnerHandlers())
            {
                handlers.Add(handler);
            }
        });

        services.TryAddSingleton(sp => create(Resolve<TOptions>(sp), sp.GetRequiredService<IHttpClientFactory>().CreateClient(name)));
        return builder;
    }

    /// <summary>Whether <paramref name="builder"/> is the HTTP client of a SubscriberSdk client.</summary>
    public static bool IsSubscriberClient(IHttpClientBuilder builder) =>
        builder.Services.Any(d => d.IsKeyedService && d.ServiceType == typeof(SubscriberPipeline) && Equals(d.ServiceKey, builder.Name));

    private static SubscriberPipeline Pipeline(IServiceProvider services, string name) =>
        services.GetRequiredKeyedService<SubscriberPipeline>(name);

    private static TOptions Resolve<TOptions>(IServiceProvider services)
        where TOptions : SubscriberClientOptions =>
        services.GetRequiredService<IOptions<TOptions>>().Value;
}
