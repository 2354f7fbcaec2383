namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>What one bearer token of a company grants.</summary>
/// <param name="TokenId">A stable, non-secret name for the token within its company ("token_1", ...), shown by the controls.</param>
/// <param name="RateLimitSubject">Whom the token's requests count against: Attentive limits per token, so "company/tokenId".</param>
internal sealed record TokenGrant(string Token, string TokenId, IReadOnlySet<string> Scopes, string RateLimitSubject)
{
    public bool Has(string scope) => Scopes.Contains(scope);
}
