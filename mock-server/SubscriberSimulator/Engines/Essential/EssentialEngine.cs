using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Api;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Control;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;
using SubscriberSimulator.Engines.Essential.State;

namespace SubscriberSimulator.Engines.Essential;

/// <summary>
/// The simulated Essential v2 API (essential.to, formerly Chatitive) under <c>/essential</c>, its
/// controls under <c>/__sim/essential</c>, and a C# API for seeding the same things from tests.
/// Built on the engine kit (ARCHITECTURE.md): Api/ holds the dialect and the routes, Rules/ the
/// behaviour, Model/ the account's data, Control/ the controls, State/ the state file.
/// </summary>
public sealed class EssentialEngine : KitEngine
{
    /// <summary>The engine id, also the outbox provider name and the rate-limit provider key.</summary>
    public const string EngineId = "essential";

    private readonly SimulatorClock _clock;
    private readonly TenantStore<EssentialAccount> _accounts;

    public EssentialEngine(EngineServices services)
        : this(services, new TenantStore<EssentialAccount>(EssentialDialect.Instance, services))
    {
    }

    private EssentialEngine(EngineServices services, TenantStore<EssentialAccount> accounts)
        : base(new EngineKit<EssentialAccount>(
            "/essential", EssentialDialect.Instance, accounts, new EssentialApi(), new EssentialControls(services.Clock), new EssentialStateSerializer(), services))
    {
        _clock = services.Clock;
        _accounts = accounts;
    }

    public override IReadOnlyList<string> SeedDemo() => EssentialDemoSeed.Seed(this);

    /// <summary>True when an account with this SID exists.</summary>
    public bool HasAccount(string accountSid) => _accounts.Contains(accountSid);

    /// <summary>Creates an account (tenant); SID and token are generated when not given.</summary>
    public EssentialAccountCredentials CreateAccount(string? accountSid = null, string? authToken = null) => Seed(() =>
    {
        var account = AccountRules.NewAccount(accountSid, authToken, _clock.GetUtcNow().UtcDateTime);
        _accounts.Add(account, account.Credential);
        return new EssentialAccountCredentials(account.Sid, account.Token);
    });

    /// <summary>Adds a channel and returns its SID.</summary>
    public string AddChannel(string accountSid, EssentialChannelDefinition channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Change(accountSid, work => ChannelConfigRules.AddChannel(work, channel).Sid);
    }

    /// <summary>Adds a tag to a channel (the same rules as Essential's create-tag) and returns its SID.</summary>
    public string AddTag(string accountSid, string channelSid, string name, string? tagSid = null) =>
        Change(accountSid, work => ChannelConfigRules.CreateTag(work, new CreateTagCommand { ChannelSid = channelSid, Name = name }, tagSid).Sid);

    /// <summary>Adds a transport (sending number or short code) to a channel and returns its SID.</summary>
    public string AddTransport(string accountSid, string channelSid, EssentialTransportDefinition transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        return Change(accountSid, work => ChannelConfigRules.AddTransport(work, channelSid, transport).Sid);
    }

    /// <summary>Adds a campaign to a channel (Essential's API only lists them) and returns its SID; nothing is sent.</summary>
    public string AddCampaign(string accountSid, string channelSid, EssentialCampaignDefinition campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Change(accountSid, work => CampaignRules.Add(work, channelSid, campaign).Sid);
    }

    /// <summary>Adds a welcome series (enabled by default, unlike Essential's API) and returns its SID.</summary>
    public string AddWelcomeSeries(string accountSid, string channelSid, EssentialWelcomeSeriesDefinition series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Change(accountSid, work => ChannelConfigRules.AddWelcomeSeries(work, channelSid, series).Sid);
    }

    /// <summary>Adds an automation workflow and returns its SID.</summary>
    public string AddWorkflow(string accountSid, EssentialWorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return Change(accountSid, work => ChannelConfigRules.AddWorkflow(work, workflow).Sid);
    }

    /// <summary>Makes the carrier lookup answer <paramref name="kind"/> for a number (landline and unreachable give 412).</summary>
    public void SeedCarrier(string accountSid, string phoneNumber, EssentialCarrierKind kind, string? carrier = null) =>
        Change(accountSid, work =>
        {
            ChannelConfigRules.SeedCarrier(work, phoneNumber, kind, carrier);
            return true;
        });

    /// <summary>Makes the next sending request of the account fail at its send step (and roll back).</summary>
    public void FailNextSend(string accountSid) => Seed(() =>
    {
        _accounts.SetSendFailure(_accounts.Get(accountSid), SendFailure.Next);
        return true;
    });

    /// <summary>The subscriber texts STOP: unsubscribed, and an unsubscribe confirmation goes to the outbox.</summary>
    public JsonObject StopReply(string accountSid, string channelSid, string phoneNumber) =>
        Change(accountSid, work => EssentialNodes.Subscriber(accountSid, SubscriberRules.StopReply(work, channelSid, phoneNumber)));

    /// <summary>Every subscriber of the account (optionally of one channel) as the API would render it, oldest first.</summary>
    public IReadOnlyList<JsonObject> ListSubscribers(string accountSid, string? channelSid = null) => Seed(() =>
        EssentialNodes.Subscribers(_accounts.Get(accountSid), channelSid));

    /// <summary>Every message sent through the message endpoints, oldest first, as searchMessages renders it.</summary>
    public IReadOnlyList<JsonObject> ListMessages(string accountSid) => Seed(() =>
        EssentialNodes.Messages(_accounts.Get(accountSid)));

    /// <summary>Every workflow execution started on the account, oldest first.</summary>
    public IReadOnlyList<JsonObject> ListWorkflowExecutions(string accountSid) => Seed(() =>
        EssentialNodes.Executions(_accounts.Get(accountSid)));

    /// <summary>Runs a rule on one account in a unit of work of its own and commits it, as a control would.</summary>
    private T Change<T>(string accountSid, Func<UnitOfWork<EssentialAccount>, T> change) => Seed(() =>
    {
        using var work = _accounts.BeginWork(_accounts.Get(accountSid), CancellationToken.None);
        var result = change(work);
        work.Commit();
        return result;
    });

    /// <summary>The C# API reports what a control would refuse as an <see cref="ArgumentException"/>.</summary>
    private static T Seed<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (RequestRefusedException refusal)
        {
            throw new ArgumentException(refusal.Message, refusal);
        }
    }
}
