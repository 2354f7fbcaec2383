using Microsoft.Extensions.Configuration;
using SubscriberSdk.Essential;
using SubscriberSdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="EssentialClient"/> with dependency injection and <c>IHttpClientFactory</c>.</summary>
public static class EssentialServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="EssentialClient"/> configured by <paramref name="configure"/>.</summary>
    /// <returns>The named HTTP client's builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddEssentialClient(this IServiceCollection services, Action<EssentialClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<EssentialClient, EssentialClientOptions>(services, null, null, configure, static (o, http) => new EssentialClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="EssentialClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(EssentialClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddEssentialClient(this IServiceCollection services, IConfiguration section, Action<EssentialClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<EssentialClient, EssentialClientOptions>(services, null, section, configure, static (o, http) => new EssentialClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="EssentialClient"/> for one of several accounts, under <paramref name="name"/>: resolve it
    /// as a keyed service (<c>GetRequiredKeyedService&lt;EssentialClient&gt;(name)</c> or <c>[FromKeyedServices(name)]</c>).
    /// Each name has its own options (<c>IOptionsMonitor&lt;EssentialClientOptions&gt;.Get(name)</c>), HTTP client and pipeline.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    /// <exception cref="InvalidOperationException">A client of this provider is already registered under <paramref name="name"/>.</exception>
    public static IHttpClientBuilder AddEssentialClient(this IServiceCollection services, string name, Action<EssentialClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<EssentialClient, EssentialClientOptions>(services, name, null, configure, static (o, http) => new EssentialClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="EssentialClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/> (for example <c>configuration.GetSection("SubscriberSdk:Essential:brand-a")</c>).
    /// </summary>
    /// <inheritdoc cref="AddEssentialClient(IServiceCollection, string, Action{EssentialClientOptions})"/>
    public static IHttpClientBuilder AddEssentialClient(this IServiceCollection services, string name, IConfiguration section) =>
        AddEssentialClient(services, name, section, static _ => { });

    /// <summary>
    /// Registers a singleton <see cref="EssentialClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/>, then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <inheritdoc cref="AddEssentialClient(IServiceCollection, string, Action{EssentialClientOptions})"/>
    public static IHttpClientBuilder AddEssentialClient(this IServiceCollection services, string name, IConfiguration section, Action<EssentialClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<EssentialClient, EssentialClientOptions>(services, name, section, configure, static (o, http) => new EssentialClient(o, http));
    }
}
