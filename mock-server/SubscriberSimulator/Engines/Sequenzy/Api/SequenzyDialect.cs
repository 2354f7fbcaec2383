using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>
/// How Sequenzy answers: Bearer API keys (each reaches one workspace) with scopes (403), 100
/// requests per minute with bursts of 20 per second per key (<c>X-RateLimit-*</c> headers,
/// <c>Retry-After</c> on 429), errors as <c>{"success": false, "error": "..."}</c>, and spec
/// violations named like "subscribers[3].createdAt must be ...".
/// </summary>
internal sealed class SequenzyDialect : ProviderDialect<SequenzyWorkspace>
{
    public static SequenzyDialect Instance { get; } = new();

    public override string ProviderId => SequenzyEngine.EngineId;

    public override string DisplayName => "Sequenzy";

    public override string TenantNoun => "workspace";

    public override CredentialScheme Credentials { get; } = CredentialScheme.Bearer();

    public override RateLimitHeaderStyle RateLimitHeaderStyle => RateLimitHeaderStyle.Sequenzy;

    /// <summary>
    /// Decision (spec): the first value counts, as <c>URLSearchParams.get</c> of Sequenzy's
    /// TypeScript API does; the docs are silent.
    /// </summary>
    public override RepeatedParameterRule RepeatedQueryParameters => RepeatedParameterRule.TakeFirst;

    /// <summary>Decision (spec): 403, the status Sequenzy gives what the key's plan or role does not allow.</summary>
    public override int SubscriberLimitStatus => 403;

    public override string UnknownCredential => "Unauthorized";

    public override string InternalError => "Internal server error";

    public override string TooManyRequests(RateLimitDecision decision) => "Rate limit exceeded";

    /// <summary>Sequenzy limits each API key, not the workspace: two keys of one workspace have a window each.</summary>
    public override string RateLimitSubject(SequenzyWorkspace tenant, string credential) => credential;

    /// <summary>A route's scope may name several, space-separated; the message names the first one missing.</summary>
    public override string? RefuseScope(SequenzyWorkspace tenant, string credential, string scope)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return ScopeRules.Refuse(tenant, credential, scope);
    }

    public override string DescribeViolations(IReadOnlyList<SpecViolation> violations) => SpecMessages.Describe(violations);

    public override ProviderResponse Error(int status, string message) =>
        JsonResponse.Create(status, message, static (writer, message) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", false);
            writer.WriteString("error", message);
            writer.WriteEndObject();
        });
}
