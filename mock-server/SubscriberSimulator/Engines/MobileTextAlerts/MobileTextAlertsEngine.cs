using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.MobileTextAlerts.Control;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Http;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;
using SubscriberSimulator.Engines.MobileTextAlerts.State;

namespace SubscriberSimulator.Engines.MobileTextAlerts;

/// <summary>
/// The Mobile Text Alerts v3 simulator under <c>/mta/v3</c>: subscribers (single and bulk),
/// unsubscribes, groups and custom fields, with the provider's envelope, error body, Bearer API
/// keys (one account each) and the 15-per-15-seconds account limit. The public methods are the
/// C# form of the <c>/__sim/mta</c> controls.
/// </summary>
public sealed class MobileTextAlertsEngine : IProviderEngine
{
    public const string EngineId = "mta";
    public const string Prefix = "/mta";
    public const string DemoTenantId = "mta-demo";
    public const string DemoApiKey = "mta_demo_key";

    private readonly MtaAccountRegistry _accounts = new();
    private readonly MtaIdGenerator _ids = new();
    private readonly SimulatorClock _clock;
    private readonly MtaSubscriberRules _rules;
    private readonly MtaUnitOfWork _unitOfWork;
    private readonly MtaRequestPipeline _pipeline;
    private readonly MtaControlService _control;

    public MobileTextAlertsEngine(SimulatorClock clock, Outbox outbox, RateLimiter limiter, RequestBodyReader bodies, SpecValidator validator)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _rules = new MtaSubscriberRules(_ids);
        _unitOfWork = new MtaUnitOfWork(outbox, clock);
        _pipeline = new MtaRequestPipeline(this, _accounts, limiter, bodies, validator, clock);
        _control = new MtaControlService(_accounts, _ids, _rules, _unitOfWork, clock);
    }

    public string Id => EngineId;

    public string PathPrefix => Prefix;

    public string StateKey => EngineId;

    public void MapEndpoints(IEndpointRouteBuilder providerRoutes)
    {
        new MtaSubscriberEndpoints(_pipeline, _rules, _unitOfWork, _clock).Map(providerRoutes);
        new MtaBulkEndpoints(_pipeline, _rules, _unitOfWork, _clock).Map(providerRoutes);
        new MtaUnsubscribeEndpoints(_pipeline, _ids, _clock).Map(providerRoutes);
        new MtaCatalogEndpoints(_pipeline, _ids, _clock).Map(providerRoutes);
    }

    public void MapControlEndpoints(IEndpointRouteBuilder controlRoutes) => new MtaControlEndpoints(_control).Map(controlRoutes);

    public Task WriteErrorAsync(HttpContext context, int status, string message, CancellationToken ct) =>
        MtaErrorWriter.WriteAsync(context, _clock, status, message, ct);

    public IReadOnlyList<string> SeedDemo()
    {
        if (_accounts.FindByTenantId(DemoTenantId) is null)
        {
            CreateAccount(DemoTenantId, DemoApiKey);
            AddGroup(DemoTenantId, "Newsletter");
            AddCustomField(DemoTenantId, "Birthday", "date");
            SetLineType(DemoTenantId, "+15005550006", MtaLineType.Landline);
        }

        return
        [
            $"base path {Prefix}/v3, header 'Authorization: Bearer {DemoApiKey}' (tenant {DemoTenantId}).",
            $"group {MtaIdGenerator.FirstGroupId} 'Newsletter', custom field {MtaIdGenerator.FirstCustomFieldId} 'Birthday'; +15005550006 is seeded as a landline.",
        ];
    }

    // ---- C# API: the same operations as the /__sim/mta controls. Failures throw MtaControlException.

    public MtaAccountInfo CreateAccount(string? tenantId = null, string? apiKey = null) => _control.CreateAccount(tenantId, apiKey);

    public MtaGroup AddGroup(string tenantId, string name) => _control.AddGroup(tenantId, name);

    public MtaCustomField AddCustomField(string tenantId, string name, string type = "string", IReadOnlyList<string>? options = null) =>
        _control.AddCustomField(tenantId, name, type, options ?? []);

    /// <summary>Makes the simulated carrier lookup answer landline or unreachable (or mobile again) for a number.</summary>
    public void SetLineType(string tenantId, string number, MtaLineType lineType) => _control.SetLineType(tenantId, number, lineType);

    public MtaSubscriber AddSubscriber(string tenantId, MtaSubscriberSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(MtaSeedJson.ToJson(seed)));
        return _control.SeedSubscribers(tenantId, document.RootElement)[0];
    }

    /// <summary>Every stored subscriber of the account, oldest first (no paging).</summary>
    public IReadOnlyList<MtaSubscriber> ListSubscribers(string tenantId) => _control.ListSubscribers(tenantId);

    public IReadOnlyList<MtaUnsubscribe> ListUnsubscribes(string tenantId) => _control.ListUnsubscribes(tenantId);

    /// <summary>The handset replies STOP: the number is unsubscribed and gets the confirmation text.</summary>
    public void StopReply(string tenantId, string number) => _control.StopReply(tenantId, number);

    /// <summary>When on, every request of the account that would send a message fails with 500 and changes nothing.</summary>
    public void SetSendFailure(string tenantId, bool enabled) => _control.SetSendFailure(tenantId, enabled);

    public JsonNode ExportState() => MtaStateWriter.Export(_accounts, _ids);

    public void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (accounts, ids) = MtaStateReader.Read(state);
        _accounts.Clear();
        foreach (var account in accounts)
        {
            if (!_accounts.TryAdd(account))
            {
                throw new InvalidDataException($"The Mobile Text Alerts state has two accounts with tenant id '{account.TenantId}' or the same API key.");
            }
        }

        _ids.Import(ids);
    }

    public void Reset()
    {
        _accounts.Clear();
        _ids.Reset();
    }
}
