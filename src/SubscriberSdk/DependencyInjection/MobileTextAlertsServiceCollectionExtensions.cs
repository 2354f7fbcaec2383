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
        return SubscriberClientRegistration.Add<MobileTextAlertsClient, MobileTextAlertsClientOptions>(services, null, configure, static (o, http) => new MobileTextAlertsClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="MobileTextAlertsClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(MobileTextAlertsClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddMobileTextAlertsClient(this IServiceCollection services, IConfiguration section, Action<MobileTextAlertsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<MobileTextAlertsClient, MobileTextAlertsClientOptions>(services, section, configure, static (o, http) => new MobileTextAlertsClient(o, http));
    }
}
