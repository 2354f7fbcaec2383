namespace SubscriberSimulator.Engines.Attentive.Domain;

/// <summary>What a bearer token grants: its company and scopes.</summary>
/// <param name="TokenId">A stable, non-secret name for the token (rate-limit key, listings).</param>
internal sealed record TokenGrant(string Token, string TokenId, string CompanyId, IReadOnlySet<string> Scopes)
{
    public bool Has(string scope) => Scopes.Contains(scope);

    /// <summary>Oldest first: ids are "token_N", so shorter ids are older and equal lengths compare as text.</summary>
    public static IEnumerable<TokenGrant> InCreationOrder(IEnumerable<TokenGrant> grants) =>
        grants.OrderBy(grant => grant.TokenId.Length).ThenBy(grant => grant.TokenId, StringComparer.Ordinal);
}
