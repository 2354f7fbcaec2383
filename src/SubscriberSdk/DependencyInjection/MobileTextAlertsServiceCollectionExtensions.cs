using Microsoft.Extensions.Configuration;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="MobileTextAlertsClient"/> with dependency injection and <c>IHttpClientFactory</c>.</summary>
public static class MobileTextAlertsServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="MobileTextAlertsClient"/> configured by <paramref name="configure"/>.</summary>
    /// <returns>The named HTTP client's builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddMobileTextAlertsClient(this IServiceCollection services, Action<MobileTextAlertsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<MobileTextAlertsClient, MobileTextAlertsClientOptions>(services, null, null, configure, static (o, http) => new MobileTextAlertsClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="MobileTextAlertsClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(MobileTextAlertsClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddMobileTextAlertsClient(this IServiceCollection services, IConfiguration section, Action<MobileTextAlertsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<MobileTextAlertsClient, MobileTextAlertsClientOptions>(services, null, section, configure, static (o, http) => new MobileTextAlertsClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="MobileTextAlertsClient"/> for one of several accounts, under <paramref name="name"/>: resolve it
    /// as a keyed service (<c>GetRequiredKeyedService&lt;MobileTextAlertsClient&gt;(name)</c> or <c>[FromKeyedServices(name)]</c>).
    /// Each name has its own options (<c>IOptionsMonitor&lt;MobileTextAlertsClientOptions&gt;.Get(name)</c>), HTTP client and pipeline.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    /// <exception cref="InvalidOperationException">A client of this provider is already registered under <paramref name="name"/>.</exception>
    public static IHttpClientBuilder AddMobileTextAlertsClient(this IServiceCollection services, string name, Action<MobileTextAlertsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<MobileTextAlertsClient, MobileTextAlertsClientOptions>(services, name, null, configure, static (o, http) => new MobileTextAlertsClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="MobileTextAlertsClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/> (for example <c>configuration.GetSection("SubscriberSdk:MobileTextAlerts:brand-a")</c>).
    /// </summary>
    /// <inheritdoc cref="AddMobileTextAlertsClient(IServiceCollection, string, Action{MobileTextAlertsClientOptions})"/>
    public static IHttpClientBuilder AddMobileTextAlertsClient(this IServiceCollection services, string name, IConfiguration section) =>
        AddMobileTextAlertsClient(services, name, section, static _ => { });

    /// <summary>
    /// Registers a singleton <see cref="MobileTextAlertsClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/>, then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <inheritdoc cref="AddMobileTextAlertsClient(IServiceCollection, string, Action{MobileTextAlertsClientOptions})"/>
    public static IHttpClientBuilder AddMobileTextAlertsClient(this IServiceCollection services, string name, IConfiguration section, Action<MobileTextAlertsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<MobileTextAlertsClient, MobileTextAlertsClientOptions>(services, name, section, configure, static (o, http) => new MobileTextAlertsClient(o, http));
    }
}
