using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Essential.Internal;

namespace SubscriberSimulator.Engines.Essential;

/// <summary>
/// The simulated Essential v2 API (essential.to, formerly Chatitive) under <c>/essential</c>, its
/// controls under <c>/__sim/essential</c>, and a C# API for seeding the same things from tests.
/// </summary>
public sealed class EssentialEngine : IProviderEngine
{
    /// <summary>The engine id, also the outbox provider name and the rate-limit provider key.</summary>
    public const string EngineId = "essential";

    private readonly SimulatorClock _clock;
    private readonly EssentialStore _store = new();
    private readonly ChannelConfigOperations _config;
    private readonly SubscriberOperations _subscribers;
    private readonly EssentialApiEndpoints _api;
    private readonly EssentialControlEndpoints _controls;

    public EssentialEngine(SimulatorClock clock, Outbox outbox, RateLimiter rateLimiter, RequestBodyReader bodyReader, SpecValidator specValidator)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(outbox);
        _clock = clock;
        var sink = new OutboxMessageSink(outbox, clock);
        _config = new ChannelConfigOperations(clock);
        _subscribers = new SubscriberOperations(clock, sink);
        var pipeline = new EssentialRequestPipeline(_store, rateLimiter, bodyReader, specValidator, this);
        _api = new EssentialApiEndpoints(pipeline, new UpsertHandler(clock, sink), _subscribers, _config);
        _controls = new EssentialControlEndpoints(this, clock, _store, _config, _subscribers, bodyReader);
    }

    public string Id => EngineId;

    public string PathPrefix => "/essential";

    public string StateKey => EngineId;

    public void MapEndpoints(IEndpointRouteBuilder providerRoutes) => _api.Map(providerRoutes);

    public void MapControlEndpoints(IEndpointRouteBuilder controlRoutes) => _controls.Map(controlRoutes);

    public Task WriteErrorAsync(HttpContext context, int status, string message, CancellationToken ct) =>
        EssentialHttp.WriteErrorAsync(context, status, message);

    public IReadOnlyList<string> SeedDemo() => EssentialDemoSeed.Seed(this);

    public JsonNode ExportState() => EssentialStateSerializer.Export(_store);

    public void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        EssentialStateSerializer.Import(_store, state);
    }

    public void Reset() => _store.Clear();

    /// <summary>True when an account with this SID exists.</summary>
    public bool HasAccount(string accountSid) => _store.Contains(accountSid);

    /// <summary>Creates an account (tenant); SID and token are generated when not given.</summary>
    public EssentialAccountCredentials CreateAccount(string? accountSid = null, string? authToken = null) => Seed(() =>
    {
        var account = _store.CreateAccount(accountSid, authToken, Now());
        return new EssentialAccountCredentials(account.Sid, account.Token);
    });

    /// <summary>Adds a channel and returns its SID.</summary>
    public string AddChannel(string accountSid, EssentialChannelDefinition channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Seed(() => _config.AddChannel(_store.Get(accountSid), channel.Sid, channel.Name, channel.WelcomeMessage).Sid);
    }

    /// <summary>Adds a tag to a channel (the same rules as Essential's create-tag) and returns its SID.</summary>
    public string AddTag(string accountSid, string channelSid, string name, string? tagSid = null) => Seed(() =>
        _config.CreateTag(_store.Get(accountSid), new CreateTagCommand { ChannelSid = channelSid, Name = name }, tagSid).Sid);

    /// <summary>Adds a welcome series (enabled by default, unlike Essential's API) and returns its SID.</summary>
    public string AddWelcomeSeries(string accountSid, string channelSid, EssentialWelcomeSeriesDefinition series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Seed(() => _config.AddWelcomeSeries(_store.Get(accountSid), channelSid, series).Sid);
    }

    /// <summary>Adds an automation workflow and returns its SID.</summary>
    public string AddWorkflow(string accountSid, EssentialWorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return Seed(() => _config.AddWorkflow(_store.Get(accountSid), workflow).Sid);
    }

    /// <summary>Makes the carrier lookup answer <paramref name="kind"/> for a number (landline and unreachable give 412).</summary>
    public void SeedCarrier(string accountSid, string phoneNumber, EssentialCarrierKind kind, string? carrier = null) =>
        Seed(() =>
        {
            _config.SeedCarrier(_store.Get(accountSid), phoneNumber, kind, carrier);
            return true;
        });

    /// <summary>Makes the next sending request of the account fail at its send step (and roll back).</summary>
    public void FailNextSend(string accountSid) => Seed(() =>
    {
        _config.FailNextSend(_store.Get(accountSid));
        return true;
    });

    /// <summary>The subscriber texts STOP: unsubscribed, and an unsubscribe confirmation goes to the outbox.</summary>
    public JsonObject StopReply(string accountSid, string channelSid, string phoneNumber) => Seed(() =>
    {
        var account = _store.Get(accountSid);
        return EssentialNodes.Subscriber(account.Sid, _subscribers.StopReply(account, channelSid, phoneNumber));
    });

    /// <summary>Every subscriber of the account (optionally of one channel) as the API would render it, oldest first.</summary>
    public IReadOnlyList<JsonObject> ListSubscribers(string accountSid, string? channelSid = null) => Seed(() =>
        EssentialNodes.Subscribers(_store.Get(accountSid), channelSid));

    /// <summary>Every workflow execution started on the account, oldest first.</summary>
    public IReadOnlyList<JsonObject> ListWorkflowExecutions(string accountSid) => Seed(() =>
        EssentialNodes.Executions(_store.Get(accountSid)));

    private static T Seed<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (EssentialRequestException refusal)
        {
            throw new ArgumentException(refusal.Message, refusal);
        }
    }

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;
}
