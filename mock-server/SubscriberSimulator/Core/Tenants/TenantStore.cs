using System.Collections.Concurrent;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;

namespace SubscriberSimulator.Core.Tenants;

/// <summary>
/// An engine's tenants, by id and by credential (each credential reaches exactly one tenant).
/// Lookups are lock-free; adding and removing tenants serialise on the store; a tenant's own data
/// is guarded by its <see cref="Tenant.Gate"/>. Isolation comes from the shape: a request only ever
/// gets the tenant its credential reaches, and a control only the tenant its path names.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class TenantStore<TTenant>
    where TTenant : Tenant
{
    private readonly ProviderDialect<TTenant> _dialect;
    private readonly EngineServices _services;
    private readonly ConcurrentDictionary<string, TTenant> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TTenant> _byCredential = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _sequence;

    public TenantStore(ProviderDialect<TTenant> dialect, EngineServices services)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(services);
        _dialect = dialect;
        _services = services;
        SubscriberCap = new SubscriberCap(services.MaxSubscribersPerTenant, dialect.SubscriberLimitStatus, dialect.DisplayName, dialect.TenantNoun, dialect.SubscribersNoun);
    }

    public int Count => _byId.Count;

    /// <summary>What each tenant holds at most, and the provider's refusal beyond it.</summary>
    internal SubscriberCap SubscriberCap { get; }

    /// <summary>Adds a tenant reachable with the given credentials. A taken id or credential is a 409; nothing is added then.</summary>
    public void Add(TTenant tenant, params string[] credentials)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(credentials);
        lock (_gate)
        {
            if (_byId.ContainsKey(tenant.Id))
            {
                throw RequestRefusedException.Conflict($"{_dialect.TenantNounCapitalized} '{tenant.Id}' already exists.");
            }

            if (_byId.Count >= _services.MaxTenantsPerProvider)
            {
                throw new RequestRefusedException(403,
                    $"The simulator holds at most {_services.MaxTenantsPerProvider} {_dialect.DisplayName} tenants (each one {_dialect.TenantNoun}; SimulatorOptions.MaxTenantsPerProvider); delete one first.");
            }

            CheckFree(tenant, credentials);
            tenant.Sequence = ++_sequence;
            _byId[tenant.Id] = tenant;
            foreach (var credential in credentials)
            {
                tenant.AddCredential(credential);
                _byCredential[credential] = tenant;
            }
        }
    }

    /// <summary>Lets one more credential reach a tenant already in the store.</summary>
    public void AddCredential(TTenant tenant, string credential)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (_gate)
        {
            CheckFree(tenant, [credential]);
            tenant.AddCredential(credential);
            _byCredential[credential] = tenant;
        }
    }

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The tenant with this id, or the provider's 404.</summary>
    public TTenant Get(string id) =>
        _byId.TryGetValue(id, out var tenant)
            ? tenant
            : throw RequestRefusedException.NotFound($"No simulated {_dialect.DisplayName} {_dialect.TenantNoun} '{id}'.");

    /// <summary>The tenant a credential reaches, or null.</summary>
    public TTenant? FindByCredential(string credential) => _byCredential.GetValueOrDefault(credential);

    /// <summary>Every tenant, oldest first (a snapshot).</summary>
    public IReadOnlyList<TTenant> All() => [.. _byId.Values.OrderBy(tenant => tenant.Sequence)];

    public bool Remove(string id)
    {
        lock (_gate)
        {
            if (!_byId.TryRemove(id, out var tenant))
            {
                return false;
            }

            foreach (var credential in tenant.Credentials)
            {
                _byCredential.TryRemove(credential, out _);
            }

            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byId.Clear();
            _byCredential.Clear();
        }
    }

    /// <summary>Begins the unit of work of one request on one tenant (takes the tenant's lock).</summary>
    public UnitOfWork<TTenant> BeginWork(TTenant tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new UnitOfWork<TTenant>(tenant, _dialect.ProviderId, _services.Outbox, SubscriberCap, _services.Clock, cancellationToken);
    }

    public void SetSendFailure(TTenant tenant, SendFailure sendFailure)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (tenant.Gate)
        {
            tenant.SendFailure = sendFailure;
        }
    }

    /// <summary>
    /// Swaps in imported tenants (each with its credentials) in place of all current ones; a
    /// duplicate id or credential is refused before anything changes.
    /// </summary>
    internal void Replace(IReadOnlyList<(TTenant Tenant, IReadOnlyList<string> Credentials)> tenants)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var credentials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tenant, tenantCredentials) in tenants)
        {
            if (!ids.Add(tenant.Id))
            {
                throw RequestRefusedException.Conflict($"{_dialect.TenantNounCapitalized} '{tenant.Id}' appears twice.");
            }

            foreach (var credential in tenantCredentials)
            {
                if (string.IsNullOrEmpty(credential) || !credentials.Add(credential))
                {
                    throw RequestRefusedException.Conflict($"A credential of {_dialect.TenantNoun} '{tenant.Id}' is empty or belongs to another {_dialect.TenantNoun}.");
                }
            }
        }

        lock (_gate)
        {
            _byId.Clear();
            _byCredential.Clear();
            foreach (var (tenant, tenantCredentials) in tenants)
            {
                tenant.Sequence = ++_sequence;
                _byId[tenant.Id] = tenant;
                foreach (var credential in tenantCredentials)
                {
                    tenant.AddCredential(credential);
                    _byCredential[credential] = tenant;
                }
            }
        }
    }

    private void CheckFree(TTenant tenant, string[] credentials)
    {
        for (var i = 0; i < credentials.Length; i++)
        {
            if (string.IsNullOrEmpty(credentials[i]))
            {
                throw RequestRefusedException.BadRequest($"A credential of {_dialect.TenantNoun} '{tenant.Id}' is empty.");
            }

            // Never echo the credential itself.
            if (_byCredential.ContainsKey(credentials[i]) || Array.IndexOf(credentials, credentials[i], 0, i) >= 0)
            {
                throw RequestRefusedException.Conflict($"A credential given for {_dialect.TenantNoun} '{tenant.Id}' already belongs to a {_dialect.TenantNoun}.");
            }
        }
    }
}
