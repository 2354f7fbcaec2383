using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>
/// How Essential answers: HTTP Basic with account SID and token, no documented rate limit (only
/// Retry-After when one is configured), errors as <c>{"status": code, "message": "..."}</c>.
/// </summary>
internal sealed class EssentialDialect : ProviderDialect<EssentialAccount>
{
    public static EssentialDialect Instance { get; } = new();

    public override string ProviderId => EssentialEngine.EngineId;

    public override string DisplayName => "Essential";

    public override string TenantNoun => "account";

    public override CredentialScheme Credentials { get; } = CredentialScheme.Basic("Essential");

    public override RateLimitHeaderStyle RateLimitHeaderStyle => RateLimitHeaderStyle.Essential;

    /// <summary>
    /// Decision (spec): the first value counts. Essential's docs are silent; the common Python and
    /// Node "get one value" accessors take the first, and the simulator always has.
    /// </summary>
    public override RepeatedParameterRule RepeatedQueryParameters => RepeatedParameterRule.TakeFirst;

    /// <summary>Decision (spec): 403, "the account may not do this", since Essential documents no limit status.</summary>
    public override int SubscriberLimitStatus => 403;

    public override string UnknownCredential => "Authentication failed: supply the account SID and token with HTTP Basic authentication.";

    public override ProviderResponse Error(int status, string message) =>
        JsonResponse.Create(status, (status, message), static (writer, error) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", error.status);
            writer.WriteString("message", error.message);
            writer.WriteEndObject();
        });
}
