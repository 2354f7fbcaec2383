using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Api;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Control;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;
using SubscriberSimulator.Engines.MobileTextAlerts.State;

namespace SubscriberSimulator.Engines.MobileTextAlerts;

/// <summary>
/// The simulated Mobile Text Alerts v3 API under <c>/mta/v3</c>: subscribers (single and bulk),
/// unsubscribes, groups and custom fields, with the provider's envelope, error body, Bearer API
/// keys (one account each) and its rate limits; its controls under <c>/__sim/mta</c>, and a C# API
/// for seeding the same things from tests. Built on the engine kit (ARCHITECTURE.md): Api/ holds
/// the dialect and the routes, Rules/ the behaviour, Model/ the account's data, Control/ the
/// controls, State/ the state file.
/// </summary>
public sealed class MobileTextAlertsEngine : KitEngine
{
    /// <summary>The engine id, also the outbox provider name and the rate-limit provider key.</summary>
    public const string EngineId = "mta";
    public const string Prefix = "/mta";
    public const string DemoTenantId = "mta-demo";
    public const string DemoApiKey = "mta_demo_key";

    // The engine's id counters, beside the kit's "version" and "tenants" in its state section.
    private const string IdsProperty = "ids";

    private readonly TenantStore<MtaAccount> _accounts;
    private readonly MtaIds _ids;

    public MobileTextAlertsEngine(EngineServices services)
        : this(services, new MtaIds(), new MtaDialect(services.Clock))
    {
    }

    // Three constructors so the ids, the dialect and the store exist before the base call and stay at hand for the C# API.
    private MobileTextAlertsEngine(EngineServices services, MtaIds ids, MtaDialect dialect)
        : this(services, ids, dialect, new TenantStore<MtaAccount>(dialect, services))
    {
    }

    private MobileTextAlertsEngine(EngineServices services, MtaIds ids, MtaDialect dialect, TenantStore<MtaAccount> accounts)
        : base(new EngineKit<MtaAccount>(Prefix, dialect, accounts, new MtaApi(ids, services.Clock), new MtaControls(ids), new MtaStateSerializer(), services))
    {
        _ids = ids;
        _accounts = accounts;
    }

    public override IReadOnlyList<string> SeedDemo() => MtaDemoSeed.Seed(this);

    /// <summary>The kit's section plus the id counters, so a restored simulator never hands out an id twice.</summary>
    protected override void WriteEngineState(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray(IdsProperty);
        foreach (var value in _ids.Export())
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    public override void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var counters = ReadIds(state);
        base.ImportState(state);
        _ids.Import(counters);
    }

    /// <summary>Forgets every account and starts the ids again.</summary>
    public override void Reset()
    {
        base.Reset();
        _ids.Reset();
    }

    /// <summary>True when an account with this tenant id exists.</summary>
    public bool HasAccount(string tenantId) => _accounts.Contains(tenantId);

    /// <summary>Creates an account (tenant); the tenant id and API key are generated when not given.</summary>
    public MtaAccountInfo CreateAccount(string? tenantId = null, string? apiKey = null) => Seed(() =>
        AccountRules.Create(_accounts, _ids, tenantId, apiKey));

    public MtaGroup AddGroup(string tenantId, string name) =>
        Change(tenantId, work => GroupRules.Add(work, _ids, ControlRequests.GroupDraft(name)));

    public MtaCustomField AddCustomField(string tenantId, string name, string type = "string", IReadOnlyList<string>? options = null) =>
        Change(tenantId, work => CustomFieldRules.Add(work, _ids, new CreateCustomFieldCommand(name, type, false, options ?? [], null)));

    /// <summary>Makes the simulated carrier lookup answer landline or unreachable (or mobile again) for a number.</summary>
    public void SetLineType(string tenantId, string number, MtaLineType lineType) => Change(tenantId, work =>
    {
        CarrierRules.SetLineType(work, MtaPhoneNumbers.Require(number, "number"), lineType);
        return true;
    });

    /// <summary>Seeds one subscriber with the rules of <c>POST /v3/subscribers</c>; nothing is sent and no rate limit applies.</summary>
    public MtaSubscriber AddSubscriber(string tenantId, MtaSubscriberSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(MtaSeedJson.ToJson(seed)));
        var record = document.RootElement;
        return Change(tenantId, work => UpsertRules.Seed(new StagedSubscribers(work, _ids), ControlRequests.Subscribers(record))[0]);
    }

    /// <summary>Every stored subscriber of the account, oldest first (no paging).</summary>
    public IReadOnlyList<MtaSubscriber> ListSubscribers(string tenantId) => Read(tenantId, account => account.InCreationOrder().ToList());

    /// <summary>The account's unsubscribe list, oldest first.</summary>
    public IReadOnlyList<MtaUnsubscribe> ListUnsubscribes(string tenantId) => Read(tenantId, UnsubscribeRules.InOrder);

    /// <summary>The handset replies STOP: the number is unsubscribed and gets the confirmation text.</summary>
    public void StopReply(string tenantId, string number) =>
        Change(tenantId, work => UnsubscribeRules.StopReply(work, _ids, MtaPhoneNumbers.Require(number, "number")));

    /// <summary>When on, every request of the account that would send a message fails with 500 and changes nothing.</summary>
    public void SetSendFailure(string tenantId, bool enabled) => Seed(() =>
    {
        _accounts.SetSendFailure(_accounts.Get(tenantId), enabled ? SendFailure.Always : SendFailure.None);
        return true;
    });

    /// <summary>The id counters of a section, checked before anything is imported.</summary>
    private static long[] ReadIds(JsonNode section)
    {
        var counters = new long[MtaIds.CounterCount];
        if (section[IdsProperty] is not JsonArray array || array.Count != counters.Length)
        {
            throw InvalidIds();
        }

        for (var i = 0; i < counters.Length; i++)
        {
            if (array[i] is not JsonValue value || !value.TryGetValue(out counters[i]))
            {
                throw InvalidIds();
            }
        }

        return counters;
    }

    private static InvalidDataException InvalidIds() =>
        new($"The Mobile Text Alerts section of the state file is not valid: \"{IdsProperty}\" must hold the engine's {MtaIds.CounterCount} id counters.");

    private T Read<T>(string tenantId, Func<MtaAccount, T> read) => Seed(() =>
    {
        var account = _accounts.Get(tenantId);
        lock (account.Gate)
        {
            return read(account);
        }
    });

    /// <summary>Runs a rule on one account in a unit of work of its own and commits it, as a control would.</summary>
    private T Change<T>(string tenantId, Func<UnitOfWork<MtaAccount>, T> change) => Seed(() =>
    {
        using var work = _accounts.BeginWork(_accounts.Get(tenantId), CancellationToken.None);
        var result = change(work);
        work.Commit();
        return result;
    });

    /// <summary>The C# API reports what a control would refuse as an <see cref="ArgumentException"/> (the refusal, with its status, inside).</summary>
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
