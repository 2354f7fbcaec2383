using Microsoft.Extensions.Configuration;
using SubscriberSdk.Attentive;
using SubscriberSdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="AttentiveClient"/> with dependency injection and <c>IHttpClientFactory</c>.</summary>
public static class AttentiveServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="AttentiveClient"/> configured by <paramref name="configure"/>.</summary>
    /// <returns>The named HTTP client's builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddAttentiveClient(this IServiceCollection services, Action<AttentiveClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<AttentiveClient, AttentiveClientOptions>(services, null, configure, static (o, http) => new AttentiveClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="AttentiveClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(AttentiveClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddAttentiveClient(this IServiceCollection services, IConfiguration section, Action<AttentiveClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<AttentiveClient, AttentiveClientOptions>(services, section, configure, static (o, http) => new AttentiveClient(o, http));
    }
}
