using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// One tenant: a company with its bearer tokens (each with scopes), sign-up units, contacts (the
/// subscriptions of each phone and email), users (the identity graph with their attributes), custom
/// attribute names, custom events and v2 bulk jobs.
/// The kit's tenant store knows the company by every token; read and written under the tenant's
/// lock, like every tenant of the kit, except the token grants (see <see cref="GrantOf"/>).
/// </summary>
internal sealed class AttentiveCompany : Tenant
{
    // Read on every request before the company's lock is taken (rate-limit subject, scope check),
    // changed only when a token is added: so the map is replaced whole, never changed in place.
    private volatile Dictionary<string, TokenGrant> _grants = new(StringComparer.Ordinal);

    public AttentiveCompany(string id, AttentiveCompanyDefinition definition)
        : base(id)
    {
        Name = definition.CompanyName;
        DomainName = definition.DomainName ?? DefaultDomain(id);
        ApplicationName = definition.ApplicationName;
        ContactEmail = definition.ContactEmail;
    }

    public string Name { get; }

    public string DomainName { get; }

    public string ApplicationName { get; }

    public string ContactEmail { get; }

    public AttentiveCompanyDefinition Definition => new(Id, Name, DomainName, ApplicationName, ContactEmail);

    /// <summary>The tokens' grants, oldest first.</summary>
    public IReadOnlyCollection<TokenGrant> Grants => _grants.Values;

    public Dictionary<string, AttentiveSignUpUnit> SignUpUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>TEXT contacts keyed by E.164 phone.</summary>
    public Dictionary<string, AttentiveContact> Phones { get; } = new(StringComparer.Ordinal);

    /// <summary>EMAIL contacts keyed by lowercased address.</summary>
    public Dictionary<string, AttentiveContact> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>The identity graph: users, their identifiers and attributes.</summary>
    public UserDirectory Users { get; } = new();

    /// <summary>Contacts of both channels plus users: each grows with subscribers, so the cap counts both.</summary>
    public override int SubscriberCount => Phones.Count + Emails.Count + Users.Count;

    /// <summary>Custom attribute names by name (case-sensitive), with the type their first value fixed.</summary>
    public Dictionary<string, CustomAttributeDefinition> CustomAttributes { get; } = new(StringComparer.Ordinal);

    public CustomEventLog CustomEvents { get; } = new();

    /// <summary>v2 bulk jobs by id; expired ones are dropped when the next job is submitted.</summary>
    public Dictionary<string, AttentiveBulkJob> BulkJobs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AttentiveContact> Contacts(AttentiveChannel channel) =>
        channel == AttentiveChannel.Text ? Phones : Emails;

    /// <summary>What a token of this company grants, or null; safe without the company's lock.</summary>
    public TokenGrant? GrantOf(string token) => _grants.GetValueOrDefault(token);

    /// <summary>Adds a grant (a new map, so lock-free readers see the old one or the new one); the caller holds the lock.</summary>
    public void AddGrant(TokenGrant grant) =>
        _grants = new Dictionary<string, TokenGrant>(_grants, StringComparer.Ordinal) { [grant.Token] = grant };

    /// <summary>Takes back a grant whose token the tenant store refused; the caller holds the lock.</summary>
    public void RemoveGrant(string token)
    {
        var grants = new Dictionary<string, TokenGrant>(_grants, StringComparer.Ordinal);
        grants.Remove(token);
        _grants = grants;
    }

    private static string DefaultDomain(string id) =>
        new string(id.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) + ".attn.tv";
}
