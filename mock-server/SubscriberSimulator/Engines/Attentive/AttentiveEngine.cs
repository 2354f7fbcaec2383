using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Api;
using SubscriberSimulator.Engines.Attentive.Control;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;
using SubscriberSimulator.Engines.Attentive.State;

namespace SubscriberSimulator.Engines.Attentive;

/// <summary>
/// The simulated Attentive REST API v1 (subscribe, eligibility, unsubscribe, /me) under
/// <c>/attentive</c>, its controls under <c>/__sim/attentive</c>, and a C# API that seeds and
/// inspects the same companies. Each bearer token belongs to one company (the tenant). Built on the
/// engine kit (ARCHITECTURE.md): Api/ holds the dialect and the routes, Rules/ the behaviour, Model/
/// the company's data, Control/ the controls, State/ the state file.
/// </summary>
public sealed class AttentiveEngine : KitEngine
{
    /// <summary>The engine id, also the outbox provider name and the rate-limit provider key.</summary>
    public const string EngineId = "attentive";

    /// <summary>Where the engine's API lives: <c>/attentive/v1/...</c> and <c>/attentive/v2/...</c>.</summary>
    public const string BasePath = "/attentive";

    private readonly TenantStore<AttentiveCompany> _companies;
    private readonly CompanyIdSequence _companyIds;

    public AttentiveEngine(EngineServices services)
        : this(services, new TenantStore<AttentiveCompany>(AttentiveDialect.Instance, services), new CompanyIdSequence())
    {
    }

    // Store and id sequence exist before the base call, shared by the controls and the C# API.
    private AttentiveEngine(EngineServices services, TenantStore<AttentiveCompany> companies, CompanyIdSequence companyIds)
        : base(new EngineKit<AttentiveCompany>(
            BasePath, AttentiveDialect.Instance, companies, new AttentiveApi(), new AttentiveControls(companyIds), new AttentiveStateSerializer(), services))
    {
        _companies = companies;
        _companyIds = companyIds;
    }

    public override IReadOnlyList<string> SeedDemo() => AttentiveDemoSeed.Seed(this);

    /// <summary>True when a company with this id exists.</summary>
    public bool HasCompany(string companyId)
    {
        ArgumentNullException.ThrowIfNull(companyId);
        return _companies.Contains(companyId);
    }

    /// <summary>Creates a company (tenant) and returns its id; add tokens and sign-up units next.</summary>
    public string CreateCompany(AttentiveCompanyDefinition? definition = null) =>
        Api(() => CompanyRules.Create(_companies, _companyIds, definition ?? new AttentiveCompanyDefinition(), [], []).Id);

    /// <summary>What /v1/me reports for the company.</summary>
    public AttentiveCompanyDefinition GetCompany(string companyId) => Api(() => _companies.Get(companyId).Definition);

    /// <summary>Adds a bearer token to the company and returns it. Null scopes: every scope; null token: a random one.</summary>
    public string AddToken(string companyId, IEnumerable<string>? scopes = null, string? token = null) =>
        Api(() => TokenRules.Add(_companies, _companies.Get(companyId), token, scopes?.ToList()).Token);

    /// <summary>Adds a sign-up unit; its id must be new in the company.</summary>
    public void AddSignUpUnit(string companyId, AttentiveSignUpUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Change(companyId, work => SignUpUnitRules.AddAll(work, [unit]));
    }

    /// <summary>The subscriptions a phone (TEXT) or email (EMAIL) has; empty when the contact is unknown.</summary>
    public IReadOnlyList<AttentiveSubscriptionView> GetSubscriptions(string companyId, AttentiveChannel channel, string identifier) =>
        Read(companyId, channel, identifier, static (company, channel, key) => (IReadOnlyList<AttentiveSubscriptionView>?)EligibilityRules.Find(company, channel, key) ?? []);

    /// <summary>The external identifiers stored with a contact, or null.</summary>
    public AttentiveExternalIdentifiers? GetExternalIdentifiers(string companyId, AttentiveChannel channel, string identifier) =>
        Read(companyId, channel, identifier, static (company, channel, key) => company.Contacts(channel).GetValueOrDefault(key)?.ExternalIdentifiers);

    /// <summary>
    /// Defines a custom attribute name as Attentive's UI does: with <paramref name="values"/> the API
    /// accepts only those values for it; without, any value ("Custom input").
    /// </summary>
    public void DefineCustomAttribute(string companyId, string name, IEnumerable<string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var allowed = values?.ToList();
        Change(companyId, work => CustomAttributeRules.Define(work, name, allowed));
    }

    /// <summary>The user a phone (TEXT) or email (EMAIL) names, with its attributes and custom events; null when none.</summary>
    public AttentiveUserView? FindUser(string companyId, AttentiveChannel channel, string identifier) =>
        Read(companyId, channel, identifier, static (company, channel, key) =>
            company.Users.Find(channel == AttentiveChannel.Text ? UserIdentifier.Phone(key) : UserIdentifier.Email(key)) is { } user
                ? UserViews.Of(user, company.CustomEvents.Of(user.Id))
                : null);

    /// <summary>How many phones (TEXT) or email addresses (EMAIL) the company stores.</summary>
    public int CountContacts(string companyId, AttentiveChannel channel) => Api(() =>
    {
        var company = _companies.Get(companyId);
        lock (company.Gate)
        {
            return company.Contacts(channel).Count;
        }
    });

    /// <summary>The subscriber replies "Y": pending TEXT subscriptions of the number become active.</summary>
    public void ReplyY(string companyId, string phone) => Change(companyId, work => ConsentRules.ReplyY(work, phone));

    /// <summary>The subscriber replies STOP: every TEXT subscription of the number is unsubscribed.</summary>
    public void ReplyStop(string companyId, string phone) => Change(companyId, work => ConsentRules.StopReply(work, phone));

    /// <summary>The next request of the company that would send a message fails with 500 and changes nothing.</summary>
    public void FailNextSend(string companyId) => Api(() =>
    {
        _companies.SetSendFailure(_companies.Get(companyId), SendFailure.Next);
        return true;
    });

    /// <summary>Runs a rule on one company in a unit of work of its own and commits it, as a control would.</summary>
    private void Change(string companyId, Action<UnitOfWork<AttentiveCompany>> change) => Api(() =>
    {
        using var work = _companies.BeginWork(_companies.Get(companyId), CancellationToken.None);
        change(work);
        work.Commit();
        return true;
    });

    /// <summary>Reads one contact's data under the company's lock; the identifier is checked like the API's.</summary>
    private T Read<T>(string companyId, AttentiveChannel channel, string identifier, Func<AttentiveCompany, AttentiveChannel, string, T> read) => Api(() =>
    {
        var company = _companies.Get(companyId);
        var key = ContactIdentifiers.RequireKey(channel, identifier, ContactIdentifiers.FieldOf(channel));
        lock (company.Gate)
        {
            return read(company, channel, key);
        }
    });

    /// <summary>
    /// The C# API reports refusals as ordinary .NET exceptions: what a control would answer 400
    /// is an <see cref="ArgumentException"/>, anything else (404, 409) an <see cref="InvalidOperationException"/>.
    /// </summary>
    private static T Api<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (RequestRefusedException refusal) when (refusal.Status == 400)
        {
            throw new ArgumentException(refusal.Message, refusal);
        }
        catch (RequestRefusedException refusal)
        {
            throw new InvalidOperationException(refusal.Message, refusal);
        }
    }
}
