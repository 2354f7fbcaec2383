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
        return SubscriberClientRegistration.Add<AttentiveClient, AttentiveClientOptions>(services, null, null, configure, static (o, http) => new AttentiveClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="AttentiveClient"/> bound from <paramref name="section"/> (for example
    /// <c>configuration.GetSection(AttentiveClientOptions.SectionName)</c>), then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    public static IHttpClientBuilder AddAttentiveClient(this IServiceCollection services, IConfiguration section, Action<AttentiveClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return SubscriberClientRegistration.Add<AttentiveClient, AttentiveClientOptions>(services, null, section, configure, static (o, http) => new AttentiveClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="AttentiveClient"/> for one of several accounts, under <paramref name="name"/>: resolve it
    /// as a keyed service (<c>GetRequiredKeyedService&lt;AttentiveClient&gt;(name)</c> or <c>[FromKeyedServices(name)]</c>).
    /// Each name has its own options (<c>IOptionsMonitor&lt;AttentiveClientOptions&gt;.Get(name)</c>), HTTP client and pipeline.
    /// </summary>
    /// <returns>The named HTTP client's builder.</returns>
    /// <exception cref="InvalidOperationException">A client of this provider is already registered under <paramref name="name"/>.</exception>
    public static IHttpClientBuilder AddAttentiveClient(this IServiceCollection services, string name, Action<AttentiveClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<AttentiveClient, AttentiveClientOptions>(services, name, null, configure, static (o, http) => new AttentiveClient(o, http));
    }

    /// <summary>
    /// Registers a singleton <see cref="AttentiveClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/> (for example <c>configuration.GetSection("SubscriberSdk:Attentive:brand-a")</c>).
    /// </summary>
    /// <inheritdoc cref="AddAttentiveClient(IServiceCollection, string, Action{AttentiveClientOptions})"/>
    public static IHttpClientBuilder AddAttentiveClient(this IServiceCollection services, string name, IConfiguration section) =>
        AddAttentiveClient(services, name, section, static _ => { });

    /// <summary>
    /// Registers a singleton <see cref="AttentiveClient"/> under <paramref name="name"/> bound from that account's own
    /// <paramref name="section"/>, then adjusted by <paramref name="configure"/>.
    /// </summary>
    /// <inheritdoc cref="AddAttentiveClient(IServiceCollection, string, Action{AttentiveClientOptions})"/>
    public static IHttpClientBuilder AddAttentiveClient(this IServiceCollection services, string name, IConfiguration section, Action<AttentiveClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(configure);
        return SubscriberClientRegistration.Add<AttentiveClient, AttentiveClientOptions>(services, name, section, configure, static (o, http) => new AttentiveClient(o, http));
    }
}
