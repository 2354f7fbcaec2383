using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace SubscriberSimulator.Core.Tenants;

/// <summary>
/// An engine's tenants by id and by credential (each credential is its own tenant). Lookups are
/// lock-free; a tenant's own data is guarded by the tenant (one lock per tenant, see ARCHITECTURE.md).
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state type.</typeparam>
public sealed class TenantDirectory<TTenant>
    where TTenant : class
{
    private readonly ConcurrentDictionary<string, TTenant> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _idByCredential = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public int Count => _byId.Count;

    /// <summary>Adds a tenant reachable with the given credentials; fails if the id or a credential is taken.</summary>
    public void Add(string tenantId, TTenant tenant, params string[] credentials)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(credentials);
        lock (_gate)
        {
            if (_byId.ContainsKey(tenantId))
            {
                throw new InvalidOperationException($"Tenant '{tenantId}' already exists.");
            }

            foreach (var credential in credentials)
            {
                ArgumentException.ThrowIfNullOrEmpty(credential, nameof(credentials));
                if (_idByCredential.ContainsKey(credential))
                {
                    // Never echo the credential itself.
                    throw new InvalidOperationException($"A credential given for tenant '{tenantId}' already belongs to another tenant.");
                }
            }

            _byId[tenantId] = tenant;
            foreach (var credential in credentials)
            {
                _idByCredential[credential] = tenantId;
            }
        }
    }

    public bool TryGetById(string tenantId, [NotNullWhen(true)] out TTenant? tenant) => _byId.TryGetValue(tenantId, out tenant);

    /// <summary>The tenant a credential (API key, token, "user:password") belongs to.</summary>
    public bool TryGetByCredential(string credential, [NotNullWhen(true)] out TTenant? tenant)
    {
        tenant = null;
        return _idByCredential.TryGetValue(credential, out var id) && _byId.TryGetValue(id, out tenant);
    }

    public bool Remove(string tenantId)
    {
        lock (_gate)
        {
            if (!_byId.TryRemove(tenantId, out _))
            {
                return false;
            }

            foreach (var pair in _idByCredential)
            {
                if (pair.Value == tenantId)
                {
                    _idByCredential.TryRemove(pair.Key, out _);
                }
            }

            return true;
        }
    }

    /// <summary>A snapshot of all tenants by id (for state export and listings).</summary>
    public IReadOnlyDictionary<string, TTenant> All() => new Dictionary<string, TTenant>(_byId, StringComparer.Ordinal);

    /// <summary>The credentials of one tenant (for state export).</summary>
    public IReadOnlyList<string> CredentialsOf(string tenantId) =>
        _idByCredential.Where(pair => pair.Value == tenantId).Select(pair => pair.Key).OrderBy(key => key, StringComparer.Ordinal).ToArray();

    public void Clear()
    {
        lock (_gate)
        {
            _byId.Clear();
            _idByCredential.Clear();
        }
    }
}
