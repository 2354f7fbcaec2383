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
        return SubscriberClientRegistration.Add<SequenzyClient, SequenzyClientOptions>(services, null, configure, static (o, http) => new SequenzyClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="SequenzyClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(SequenzyClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddSequenzyClient(this IServiceCollection services, IConfiguration section, Action<SequenzyClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<SequenzyClient, SequenzyClientOptions>(services, section, configure, static (o, http) => new SequenzyClient(o, http));
    }
}
