using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSimulator;
using SubscriberSimulator.Engines.Attentive;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Engines.MobileTextAlerts;
using SubscriberSimulator.Engines.Sequenzy;

namespace SubscriberSdk.Tests.Convenience;

/// <summary>
/// The common case in one line per provider: the credential (and, here, the simulator's address) is all a
/// client needs. Runs over real sockets, as a user's first program would.
/// </summary>
public sealed class ConvenienceConstructorTests
{
    [Fact]
    public async Task Each_provider_client_is_created_from_its_credential_alone()
    {
        await using var server = await SimulatorServer.StartAsync();
        Uri At(string prefix) => new(server.BaseAddress, prefix);

        var mtaKey = server.GetEngine<MobileTextAlertsEngine>().CreateAccount().ApiKey;
        using var mta = new MobileTextAlertsClient(mtaKey, At("mta"));
        var essentialEngine = server.GetEngine<EssentialEngine>();
        var account = essentialEngine.CreateAccount();
        var channelSid = essentialEngine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Main" });
        using var essential = new EssentialClient(account.AccountSid, account.AuthToken, At("essential"));
        using var sequenzy = new SequenzyClient(server.GetEngine<SequenzyEngine>().CreateWorkspace(new SequenzyWorkspaceOptions()).ApiKey, At("sequenzy"));
        var attentiveEngine = server.GetEngine<AttentiveEngine>();
        var company = attentiveEngine.CreateCompany();
        attentiveEngine.AddSignUpUnit(company, new AttentiveSignUpUnit("src-1", SubscriberSimulator.Engines.Attentive.AttentiveSubscriptionType.Marketing));
        using var attentive = new AttentiveClient(attentiveEngine.AddToken(company), At("attentive"));

        var mtaUpsert = await mta.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550301" });
        var essentialUpsert = await essential.Subscribers.UpsertAsync(channelSid, new EssentialUpsertRequest { PhoneNumber = "4155550302" });
        var sequenzyUpsert = await sequenzy.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "ada@example.com" });
        var attentiveSubscribe = await attentive.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+14155550303", SignUpSourceId = "src-1" });

        Assert.Equal(OperationOutcome.Created, mtaUpsert.Outcome);
        Assert.Equal(OperationOutcome.Created, essentialUpsert.Outcome);
        Assert.Equal(OperationOutcome.Created, sequenzyUpsert.Outcome);
        Assert.Equal(OperationOutcome.Created, attentiveSubscribe.Outcome);
    }

    [Fact]
    public void A_missing_credential_is_refused_with_the_option_it_fills()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new MobileTextAlertsClient(" "));

        Assert.Equal(nameof(MobileTextAlertsClientOptions.ApiKey), error.ParamName);
    }
}
