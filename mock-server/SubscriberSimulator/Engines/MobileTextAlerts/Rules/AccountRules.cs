using System.Globalization;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>Accounts: one API key each, the key being the tenant's credential.</summary>
internal static class AccountRules
{
    /// <summary>
    /// Adds an account; a missing tenant id is "mta-account-N" (the next free N) and a missing key a
    /// random "mta_key_...". A taken tenant id or key is the kit's 409, and nothing is added.
    /// </summary>
    public static MtaAccountInfo Create(TenantStore<MtaAccount> accounts, MtaIds ids, string? tenantId, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(ids);
        tenantId = string.IsNullOrWhiteSpace(tenantId) ? NextFreeTenantId(accounts, ids) : tenantId.Trim();
        apiKey = string.IsNullOrWhiteSpace(apiKey) ? "mta_key_" + Guid.NewGuid().ToString("N") : apiKey.Trim();
        accounts.Add(new MtaAccount(tenantId), apiKey);
        return new MtaAccountInfo(tenantId, apiKey);
    }

    private static string NextFreeTenantId(TenantStore<MtaAccount> accounts, MtaIds ids)
    {
        string tenantId;
        do
        {
            tenantId = "mta-account-" + ids.NextAccountNumber().ToString(CultureInfo.InvariantCulture);
        }
        while (accounts.Contains(tenantId));

        return tenantId;
    }
}
