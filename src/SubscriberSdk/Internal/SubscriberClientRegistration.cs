using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Internal;

/// <summary>
/// Registers a provider client: its options (bound from configuration and/or a delegate), a named
/// <see cref="HttpClient"/> from <c>IHttpClientFactory</c> carrying the SDK pipeline and Kiota's handlers,
/// and the client itself as a singleton (clients are thread-safe and meant to live long).
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

        options.Validate(o =>
        {
            o.Validate();
            return true;
        });

        var builder = services.AddHttpClient(name)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => Resolve<TOptions>(sp).Transport ?? SubscriberHttpClientFactory.CreateSocketsHandler())
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var resolved = Resolve<TOptions>(sp);
                var logger = (resolved.LoggerFactory ?? sp.GetService<ILoggerFactory>())?.CreateLogger(name);
                foreach (var handler in SubscriberHttpClientFactory.CreateHandlers(new PipelineSettings(resolved), logger))
                {
                    handlers.Add(handler);
                }
            });

        services.TryAddSingleton(sp => create(Resolve<TOptions>(sp), sp.GetRequiredService<IHttpClientFactory>().CreateClient(name)));
        return builder;
    }

    private static TOptions Resolve<TOptions>(IServiceProvider services)
        where TOptions : SubscriberClientOptions =>
        services.GetRequiredService<IOptions<TOptions>>().Value;
}
