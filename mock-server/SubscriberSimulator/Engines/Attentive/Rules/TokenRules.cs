using System.Globalization;
using System.Security.Cryptography;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Bearer tokens: each belongs to one company and carries scopes. The company holds the grant, the
/// kit's tenant store the token as a credential; both are written together or not at all.
/// </summary>
internal static class TokenRules
{
    /// <summary>Gives a company it is building (not yet in the store) a token; the store learns it when the company is added.</summary>
    public static TokenGrant Grant(AttentiveCompany company, string? token, IEnumerable<string>? scopes)
    {
        var grant = NewGrant(company, token, scopes);
        lock (company.Gate)
        {
            company.AddGrant(grant);
        }

        return grant;
    }

    /// <summary>Adds a token to a company in the store: 400 for a malformed token, 409 for one already in use.</summary>
    public static TokenGrant Add(TenantStore<AttentiveCompany> store, AttentiveCompany company, string? token, IEnumerable<string>? scopes)
    {
        lock (company.Gate)
        {
            var grant = NewGrant(company, token, scopes);

            // The grant goes first: a request with the new token then finds its scopes as soon as the
            // store lets the token reach the company. A token the store refuses takes its grant back.
            company.AddGrant(grant);
            try
            {
                store.AddCredential(company, grant.Token);
            }
            catch (RequestRefusedException)
            {
                company.RemoveGrant(grant.Token);
                throw;
            }

            return grant;
        }
    }

    /// <summary>Builds a grant with the company's next token id; null scopes mean every scope, a null token a random one.</summary>
    private static TokenGrant NewGrant(AttentiveCompany company, string? token, IEnumerable<string>? scopes)
    {
        var value = token ?? "attn_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
        {
            throw RequestRefusedException.BadRequest("A token must be non-empty and contain no whitespace.");
        }

        if (company.GrantOf(value) is not null)
        {
            throw RequestRefusedException.Conflict("That token is already in use.");
        }

        var tokenId = "token_" + (company.Grants.Count + 1).ToString(CultureInfo.InvariantCulture);
        return new TokenGrant(value, tokenId, new HashSet<string>(scopes ?? AttentiveScopes.All, StringComparer.Ordinal), company.Id + "/" + tokenId);
    }
}
