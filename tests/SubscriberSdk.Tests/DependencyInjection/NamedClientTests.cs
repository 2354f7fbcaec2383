using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.DependencyInjection;

/// <summary>Several accounts of one provider in one container: a name per registration, a section per name, a keyed client per name.</summary>
public sealed class NamedClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Two_named_accounts_each_get_their_own_options_and_client()
    {
        var engine = simulator.Server.GetEngine<MobileTextAlertsEngine>();
        var brandA = engine.CreateAccount();
        var brandB = engine.CreateAccount();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SubscriberSdk:MobileTextAlerts:brand-a:ApiKey"] = brandA.ApiKey,
            ["SubscriberSdk:MobileTextAlerts:brand-a:Retry:MaxRetries"] = "1",
            ["SubscriberSdk:MobileTextAlerts:brand-b:ApiKey"] = brandB.ApiKey,
            ["SubscriberSdk:MobileTextAlerts:brand-b:Retry:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        foreach (var name in new[] { "brand-a", "brand-b" })
        {
            services.AddMobileTextAlertsClient(name, configuration.GetSection($"{MobileTextAlertsClientOptions.SectionName}:{name}"), o =>
            {
                o.BaseAddress = simulator.BaseAddress("mta");
                o.Transport = simulator.Handler();
            });
        }

        await using var provider = services.BuildServiceProvider();
        var clientA = provider.GetRequiredKeyedService<MobileTextAlertsClient>("brand-a");
        var clientB = provider.GetRequiredKeyedService<MobileTextAlertsClient>("brand-b");
        var options = provider.GetRequiredService<IOptionsMonitor<MobileTextAlertsClientOptions>>();
        await clientA.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550501" });
        await clientB.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550502" });

        Assert.NotSame(clientA, clientB);
        Assert.Same(clientA, provider.GetRequiredKeyedService<MobileTextAlertsClient>("brand-a"));
        Assert.Equal(brandA.ApiKey, options.Get("brand-a").ApiKey);
        Assert.Equal(1, options.Get("brand-a").Retry.MaxRetries);
        Assert.Equal(2, options.Get("brand-b").Retry.MaxRetries);
        Assert.NotNull((await clientA.Subscribers.GetAsync("+14155550501")).Value);
        Assert.NotNull((await clientB.Subscribers.GetAsync("+14155550502")).Value);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => clientA.Subscribers.GetAsync("+14155550502"));
    }

    [Fact]
    public void A_second_unnamed_registration_is_refused_instead_of_merged()
    {
        var services = new ServiceCollection();
        services.AddMobileTextAlertsClient(o => o.ApiKey = "first");

        var error = Assert.Throws<InvalidOperationException>(() => services.AddMobileTextAlertsClient(o => o.ApiKey = "second"));

        Assert.Contains("own name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_registered_twice_is_refused()
    {
        var services = new ServiceCollection();
        services.AddSequenzyClient("eu", o => o.ApiKey = "first");

        var error = Assert.Throws<InvalidOperationException>(() => services.AddSequenzyClient("eu", o => o.ApiKey = "second"));

        Assert.Contains("'eu'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_and_named_registrations_live_side_by_side()
    {
        var services = new ServiceCollection();
        services.AddSequenzyClient(o => o.ApiKey = "default-key");
        services.AddSequenzyClient("eu", o => o.ApiKey = "eu-key");
        using var provider = services.BuildServiceProvider();

        var unnamed = provider.GetRequiredService<SequenzyClient>();
        var named = provider.GetRequiredKeyedService<SequenzyClient>("eu");

        Assert.NotSame(unnamed, named);
        Assert.Equal("default-key", provider.GetRequiredService<IOptions<SequenzyClientOptions>>().Value.ApiKey);
        Assert.Equal("eu-key", provider.GetRequiredService<IOptionsMonitor<SequenzyClientOptions>>().Get("eu").ApiKey);
    }
}
