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
        return SubscriberClientRegistration.Add<EssentialClient, EssentialClientOptions>(services, null, configure, static (o, http) => new EssentialClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="EssentialClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(EssentialClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddEssentialClient(this IServiceCollection services, IConfiguration section, Action<EssentialClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<EssentialClient, EssentialClientOptions>(services, section, configure, static (o, http) => new EssentialClient(o, http));
    }
}
