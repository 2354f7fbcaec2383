using System.Collections.Concurrent;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Domain;

/// <summary>Every account, reachable by API key (requests) and by tenant id (controls).</summary>
internal sealed class MtaAccountRegistry
{
    private readonly ConcurrentDictionary<string, MtaAccount> _byApiKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MtaAccount> _byTenantId = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();

    public int Count => _byTenantId.Count;

    /// <summary>Adds an account; false when the tenant id or the API key is already taken.</summary>
    public bool TryAdd(MtaAccount account)
    {
        lock (_createGate)
        {
            if (_byTenantId.ContainsKey(account.TenantId) || _byApiKey.ContainsKey(account.ApiKey))
            {
                return false;
            }

            _byTenantId[account.TenantId] = account;
            _byApiKey[account.ApiKey] = account;
            return true;
        }
    }

    public MtaAccount? FindByApiKey(string apiKey) => _byApiKey.GetValueOrDefault(apiKey);

    public MtaAccount? FindByTenantId(string tenantId) => _byTenantId.GetValueOrDefault(tenantId);

    /// <summary>Accounts ordered by tenant id, for stable listings and state files.</summary>
    public IReadOnlyList<MtaAccount> All()
    {
        var accounts = _byTenantId.Values.ToList();
        accounts.Sort((a, b) => string.CompareOrdinal(a.TenantId, b.TenantId));
        return accounts;
    }

    public void Clear()
    {
        lock (_createGate)
        {
            _byApiKey.Clear();
            _byTenantId.Clear();
        }
    }
}
