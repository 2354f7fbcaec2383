using Microsoft.Extensions.Configuration;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="SequenzyClient"/> with dependency injection and <c>IHttpClientFactory</c>.</summary>
public static class SequenzyServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="SequenzyClient"/> configured by <paramref name="configure"/>.</summary>
    /// <returns>The named HTTP client's builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddSequenzyClient(this IServiceCollection services, Action<SequenzyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<SequenzyClient, SequenzyClientOptions>(services, null, null, configure, static (o, http) => new SequenzyClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="SequenzyClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(SequenzyClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddSequenzyClient(this IServiceCollection services, IConfiguration section, Action<SequenzyClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<SequenzyClient, SequenzyClientOptions>(services, null, section, configure, static (o, http) => new SequenzyClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="SequenzyClient"/> for one of several accounts, under <paramref name="name"/>: resolve it
    /// as a keyed service (<c>GetRequiredKeyedService&lt;SequenzyClient&gt;(name)</c> or <c>[FromKeyedServices(name)]</c>).
    /// Each name has its own options (<c>IOptionsMonitor&lt;SequenzyClientOptions&gt;.Get(name)</c>), HTTP client and pipeline.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    /// <exception cref="InvalidOperationException">A client of this provider is already registered under <paramref name="name"/>.</exception>
    public static IHttpClientBuilder AddSequenzyClient(this IServiceCollection services, string name, Action<SequenzyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<SequenzyClient, SequenzyClientOptions>(services, name, null, configure, static (o, http) => new SequenzyClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="SequenzyClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/> (for example <c>configuration.GetSection("SubscriberSdk:Sequenzy:brand-a")</c>).
    /// </summary>
    /// <inheritdoc cref="AddSequenzyClient(IServiceCollection, string, Action{SequenzyClientOptions})"/>
    public static IHttpClientBuilder AddSequenzyClient(this IServiceCollection services, string name, IConfiguration section) =>
        AddSequenzyClient(services, name, section, static _ => { });

    /// <summary>
    /// Registers a singleton <see cref="SequenzyClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/>, then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <inheritdoc cref="AddSequenzyClient(IServiceCollection, string, Action{SequenzyClientOptions})"/>
    public static IHttpClientBuilder AddSequenzyClient(this IServiceCollection services, string name, IConfiguration section, Action<SequenzyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<SequenzyClient, SequenzyClientOptions>(services, name, section, configure, static (o, http) => new SequenzyClient(o, http));
    }
}
