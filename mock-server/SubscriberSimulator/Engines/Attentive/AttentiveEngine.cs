using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Attentive.Control;
using SubscriberSimulator.Engines.Attentive.Domain;
using SubscriberSimulator.Engines.Attentive.Http;
using SubscriberSimulator.Engines.Attentive.Rules;
using SubscriberSimulator.Engines.Attentive.State;

namespace SubscriberSimulator.Engines.Attentive;

/// <summary>
/// The simulated Attentive REST API v1 (subscribe, eligibility, unsubscribe, /me) under
/// <c>/attentive</c>, its controls under <c>/__sim/attentive</c>, and a C# API that seeds and
/// inspects the same companies. Each bearer token belongs to one company (the tenant).
/// </summary>
public sealed class AttentiveEngine : IProviderEngine
{
    /// <summary>The engine id, also the outbox provider name and the rate-limit provider key.</summary>
    public const string EngineId = "attentive";

    private readonly CompanyRegistry _registry = new();
    private readonly TransactionRunner _transactions;
    private readonly AttentiveApiEndpoints _api;
    private readonly AttentiveControlEndpoints _controls;

    public AttentiveEngine(SimulatorClock clock, Outbox outbox, RateLimiter rateLimiter, RequestBodyReader bodyReader, SpecValidator specValidator)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(outbox);
        _transactions = new TransactionRunner(outbox, clock);
        var pipeline = new AttentivePipeline(_registry, rateLimiter, bodyReader, specValidator, this);
        _api = new AttentiveApiEndpoints(pipeline, _transactions);
        _controls = new AttentiveControlEndpoints(this, _registry, bodyReader);
    }

    public string Id => EngineId;

    public string PathPrefix => "/attentive";

    public string StateKey => EngineId;

    public void MapEndpoints(IEndpointRouteBuilder providerRoutes) => _api.Map(providerRoutes);

    public void MapControlEndpoints(IEndpointRouteBuilder controlRoutes) => _controls.Map(controlRoutes);

    public Task WriteErrorAsync(HttpContext context, int status, string message, CancellationToken ct) =>
        AttentiveJson.WriteErrorAsync(context, status, message);

    public IReadOnlyList<string> SeedDemo() => AttentiveDemoSeed.Seed(this);

    public JsonNode ExportState() => AttentiveStateSerializer.Export(_registry);

    public void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        AttentiveStateSerializer.Import(_registry, state);
    }

    public void Reset() => _registry.Clear();

    /// <summary>True when a company with this id exists.</summary>
    public bool HasCompany(string companyId)
    {
        ArgumentNullException.ThrowIfNull(companyId);
        return _registry.Contains(companyId);
    }

    /// <summary>Creates a company (tenant) and returns its id; add tokens and sign-up units next.</summary>
    public string CreateCompany(AttentiveCompanyDefinition? definition = null) =>
        Api(() => _registry.Create(definition ?? new AttentiveCompanyDefinition()).Id);

    /// <summary>What /v1/me reports for the company.</summary>
    public AttentiveCompanyDefinition GetCompany(string companyId) => Api(() => _registry.Get(companyId).Definition);

    /// <summary>Adds a bearer token to the company and returns it. Null scopes: every scope; null token: a random one.</summary>
    public string AddToken(string companyId, IEnumerable<string>? scopes = null, string? token = null) =>
        Api(() => _registry.AddToken(companyId, token, scopes).Token);

    /// <summary>Adds a sign-up unit; its id must be new in the company.</summary>
    public void AddSignUpUnit(string companyId, AttentiveSignUpUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Api(() =>
        {
            SignUpUnitRules.AddAll(_registry.Get(companyId), [unit]);
            return true;
        });
    }

    /// <summary>The subscriptions a phone (TEXT) or email (EMAIL) has; empty when the contact is unknown.</summary>
    public IReadOnlyList<AttentiveSubscriptionView> GetSubscriptions(string companyId, AttentiveChannel channel, string identifier) => Api(() =>
    {
        var company = _registry.Get(companyId);
        var key = ContactIdentifiers.RequireKey(channel, identifier, channel == AttentiveChannel.Text ? "phone" : "email");
        lock (company.Gate)
        {
            return (IReadOnlyList<AttentiveSubscriptionView>?)EligibilityRules.Find(company, channel, key) ?? [];
        }
    });

    /// <summary>The external identifiers stored with a contact, or null.</summary>
    public AttentiveExternalIdentifiers? GetExternalIdentifiers(string companyId, AttentiveChannel channel, string identifier) => Api(() =>
    {
        var company = _registry.Get(companyId);
        var key = ContactIdentifiers.RequireKey(channel, identifier, channel == AttentiveChannel.Text ? "phone" : "email");
        lock (company.Gate)
        {
            return company.Contacts(channel).TryGetValue(key, out var contact) ? contact.ExternalIdentifiers : null;
        }
    });

    /// <summary>How many phones (TEXT) or email addresses (EMAIL) the company stores.</summary>
    public int CountContacts(string companyId, AttentiveChannel channel) => Api(() =>
    {
        var company = _registry.Get(companyId);
        lock (company.Gate)
        {
            return company.Contacts(channel).Count;
        }
    });

    /// <summary>The subscriber replies "Y": pending TEXT subscriptions of the number become active.</summary>
    public void ReplyY(string companyId, string phone) =>
        Api(() => _transactions.Run(_registry.Get(companyId), phone, static (transaction, number) =>
        {
            ConsentRules.PlanReplyY(transaction, number);
            return true;
        }));

    /// <summary>The subscriber replies STOP: every TEXT subscription of the number is unsubscribed.</summary>
    public void ReplyStop(string companyId, string phone) =>
        Api(() => _transactions.Run(_registry.Get(companyId), phone, static (transaction, number) =>
        {
            ConsentRules.PlanStopReply(transaction, number);
            return true;
        }));

    /// <summary>The next request of the company that would send a message fails with 500 and changes nothing.</summary>
    public void FailNextSend(string companyId) => Api(() =>
    {
        var company = _registry.Get(companyId);
        lock (company.Gate)
        {
            company.FailNextSend = true;
        }

        return true;
    });

    // The C# API reports refusals as ordinary .NET exceptions; the HTTP layer maps the same ones to status codes.
    private static T Api<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (AttentiveRequestException exception) when (exception.Status == StatusCodes.Status400BadRequest)
        {
            throw new ArgumentException(exception.Message, exception);
        }
        catch (AttentiveRequestException exception)
        {
            throw new InvalidOperationException(exception.Message, exception);
        }
    }
}
