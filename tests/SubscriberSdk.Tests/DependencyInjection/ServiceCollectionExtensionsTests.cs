using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_client_bound_from_configuration_calls_the_provider_through_IHttpClientFactory()
    {
        var account = simulator.Server.GetEngine<MobileTextAlertsEngine>().CreateAccount();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SubscriberSdk:MobileTextAlerts:ApiKey"] = account.ApiKey,
            ["SubscriberSdk:MobileTextAlerts:BaseAddress"] = simulator.BaseAddress("mta").ToString(),
            ["SubscriberSdk:MobileTextAlerts:Timeout"] = "00:00:45",
            ["SubscriberSdk:MobileTextAlerts:Retry:MaxRetries"] = "5",
            ["SubscriberSdk:MobileTextAlerts:Pacing:PermitLimit"] = "14",
            ["SubscriberSdk:MobileTextAlerts:SendPacing:PermitLimit"] = "20",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMobileTextAlertsClient(configuration.GetSection(MobileTextAlertsClientOptions.SectionName), o => o.Transport = simulator.Handler());
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MobileTextAlertsClientOptions>>().Value;
        var client = provider.GetRequiredService<MobileTextAlertsClient>();
        var response = await client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550401" });

        Assert.Same(client, provider.GetRequiredService<MobileTextAlertsClient>());
        Assert.Equal(TimeSpan.FromSeconds(45), options.Timeout);
        Assert.Equal(5, options.Retry.MaxRetries);
        Assert.Equal(14, options.Pacing.PermitLimit);
        Assert.True(options.Pacing.Enabled);
        Assert.Equal((20, TimeSpan.FromSeconds(15)), (options.SendPacing.PermitLimit, options.SendPacing.Window));
        Assert.Equal(30, options.GeneralPacing.PermitLimit);
        Assert.Equal(OperationOutcome.Created, response.Outcome);
    }

    [Fact]
    public void Every_provider_registers_with_a_delegate()
    {
        var services = new ServiceCollection();
        services.AddEssentialClient(o => { o.AccountSid = "AC1"; o.AuthToken = "t"; });
        services.AddSequenzyClient(o => o.ApiKey = "sk_live_x");
        services.AddAttentiveClient(o => o.AccessToken = "token");
        services.AddMobileTextAlertsClient(o => o.ApiKey = "key");
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<EssentialClient>().Subscribers);
        Assert.NotNull(provider.GetRequiredService<SequenzyClient>().Subscribers);
        Assert.NotNull(provider.GetRequiredService<AttentiveClient>().Subscriptions);
        Assert.NotNull(provider.GetRequiredService<MobileTextAlertsClient>().Subscribers);
    }

    [Fact]
    public void Missing_credentials_fail_when_the_client_is_resolved_and_name_the_option()
    {
        var services = new ServiceCollection();
        services.AddSequenzyClient(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<SequenzyClient>());

        Assert.Equal(nameof(SequenzyClientOptions.ApiKey), error.ParamName);
        Assert.Contains("configuration section", error.Message, StringComparison.Ordinal);
    }
}
