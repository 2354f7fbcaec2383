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
/// Several accounts of one provider register under names: each name has its own options (bound from its
/// own section), HTTP client, pipeline and client, the client resolved as a keyed service under the name.
/// Registering a name twice throws instead of merging two accounts' settings into one client.
/// </summary>
internal static class SubscriberClientRegistration
{
    public static IHttpClientBuilder Add<TClient, TOptions>(
        IServiceCollection services,
        string? clientName,
        IConfiguration? section,
        Action<TOptions>? configure,
        Func<TOptions, HttpClient, TClient> create)
        where TClient : class
        where TOptions : SubscriberClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        if (clientName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        }

        // The default registration keeps the HTTP client name it always had; a named one adds the name.
        var name = clientName is null ? typeof(TClient).FullName! : $"{typeof(TClient).FullName}:{clientName}";
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(SubscriberPipeline) && Equals(d.ServiceKey, name)))
        {
            throw new InvalidOperationException(clientName is null
                ? $"A {typeof(TClient).Name} is already registered without a name. To use several accounts, register each under its own name (the overload taking a name), and resolve it as a keyed service."
                : $"A {typeof(TClient).Name} named '{clientName}' is already registered. Each account needs its own name.");
        }

        var optionsName = clientName ?? Options.DefaultName;
        var options = services.AddOptions<TOptions>(optionsName);
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
            var resolved = Resolve<TOptions>(sp, optionsName);
            var logger = (resolved.LoggerFactory ?? sp.GetService<ILoggerFactory>())?.CreateLogger(name);
            return new SubscriberPipeline(new PipelineSettings(resolved), logger);
        });
        services.AddOptions<HttpStandardResilienceOptions>(name)
            .Configure<IServiceProvider>((resilience, sp) => Pipeline(sp, name).ApplyDefaults(resilience))
            .PostConfigure<IServiceProvider>((resilience, sp) => ResilienceOptionsDefaults.DeriveAttemptTimeout(resilience, Pipeline(sp, name).Settings));

        var builder = services.AddHttpClient(name)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => Resolve<TOptions>(sp, optionsName).Transport ?? SubscriberHttpClientFactory.CreateSocketsHandler())
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

        if (clientName is null)
        {
            services.AddSingleton(sp => create(Resolve<TOptions>(sp, optionsName), sp.GetRequiredService<IHttpClientFactory>().CreateClient(name)));
        }
        else
        {
            services.AddKeyedSingleton(clientName, (sp, _) => create(Resolve<TOptions>(sp, optionsName), sp.GetRequiredService<IHttpClientFactory>().CreateClient(name)));
        }

        return builder;
    }

    /// <summary>Whether <paramref name="builder"/> is the HTTP client of a SubscriberSdk client.</summary>
    public static bool IsSubscriberClient(IHttpClientBuilder builder) =>
        builder.Services.Any(d => d.IsKeyedService && d.ServiceType == typeof(SubscriberPipeline) && Equals(d.ServiceKey, builder.Name));

    private static SubscriberPipeline Pipeline(IServiceProvider services, string name) =>
        services.GetRequiredKeyedService<SubscriberPipeline>(name);

    private static TOptions Resolve<TOptions>(IServiceProvider services, string optionsName)
        where TOptions : SubscriberClientOptions =>
        services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(optionsName);
}
