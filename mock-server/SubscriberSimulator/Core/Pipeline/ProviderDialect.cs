using System.Globalization;
using System.Text;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Validation;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>
/// What makes one provider's answers its own while the pipeline stays the same for all: who it
/// is, how a credential arrives, which rate-limit headers it writes, its error body, and the
/// wording of the refusals the pipeline gives. An engine subclasses it once (Api/&lt;Provider&gt;Dialect.cs)
/// and overrides only what differs from the defaults.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public abstract class ProviderDialect<TTenant>
    where TTenant : Tenant
{
    private const int MaxViolationsInMessage = 5;

    /// <summary>"essential": the engine id, the outbox and rate-limit provider, the OpenAPI document (openapi/&lt;id&gt;.json).</summary>
    public abstract string ProviderId { get; }

    /// <summary>"Essential", for messages.</summary>
    public abstract string DisplayName { get; }

    /// <summary>What the provider calls a tenant: "account", "workspace", "company".</summary>
    public abstract string TenantNoun { get; }

    public string TenantNounCapitalized => char.ToUpperInvariant(TenantNoun[0]) + TenantNoun[1..];

    public abstract CredentialScheme Credentials { get; }

    public abstract RateLimitHeaderStyle RateLimitHeaderStyle { get; }

    /// <summary>
    /// What the provider does with a query parameter sent more than once; it holds for every
    /// parameter of every operation (a "Decision:" in the provider's OpenAPI document).
    /// </summary>
    public abstract RepeatedParameterRule RepeatedQueryParameters { get; }

    /// <summary>
    /// The status the provider answers when a tenant already holds
    /// <see cref="SimulatorOptions.MaxSubscribersPerTenant"/> subscribers (a "Decision:" in its
    /// OpenAPI document), in its own error shape.
    /// </summary>
    public abstract int SubscriberLimitStatus { get; }

    /// <summary>What the subscriber cap counts, plural, for its message: "subscribers" by default.</summary>
    public virtual string SubscribersNoun => "subscribers";

    /// <summary>The rate-limit bucket of operations that name none.</summary>
    public virtual string DefaultRateLimitBucket => "api";

    /// <summary>The provider's error body for a status and message (the error writer).</summary>
    public abstract ProviderResponse Error(int status, string message);

    /// <summary>Whom a rate limit counts against: the tenant by default; a provider that limits per token overrides it.</summary>
    public virtual string RateLimitSubject(TTenant tenant, string credential)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.Id;
    }

    /// <summary>For operations that name a scope: null to allow, or the 403 message.</summary>
    public virtual string? RefuseScope(TTenant tenant, string credential, string scope) => null;

    // The wording of the pipeline's own refusals.

    /// <summary>401 when the request carries no credential of the provider's scheme.</summary>
    public virtual string MissingCredential => UnknownCredential;

    /// <summary>401 when no tenant has the credential.</summary>
    public virtual string UnknownCredential => "Unauthorized: the credential is missing or unknown.";

    public virtual string NoRoute(string method) => $"No {method} route matches this path.";

    public virtual string MethodNotAllowed(string method) => $"Method {method} is not allowed on this path.";

    public virtual string TooManyRequests(RateLimitDecision decision) => "Too many requests; retry after the time given in Retry-After.";

    public virtual string InternalError => "Internal server error.";

    /// <summary>
    /// 400 for a request that breaks the provider's OpenAPI document, with the query at hand for a
    /// provider whose wording depends on what arrived (Attentive names a phone whose '+' came
    /// unencoded); by default the same as <see cref="DescribeViolations(IReadOnlyList{SpecViolation})"/>.
    /// </summary>
    public virtual string DescribeViolations(IReadOnlyList<SpecViolation> violations, IRequestValues query) => DescribeViolations(violations);

    /// <summary>400 for a request that breaks the provider's OpenAPI document; names the first few places, never the values.</summary>
    public virtual string DescribeViolations(IReadOnlyList<SpecViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var message = new StringBuilder("The request does not match the API: ");
        for (var i = 0; i < violations.Count && i < MaxViolationsInMessage; i++)
        {
            if (i > 0)
            {
                message.Append("; ");
            }

            var pointer = violations[i].Pointer.Length == 0 ? "body" : violations[i].Pointer;
            message.Append(pointer).Append(' ').Append(violations[i].Message);
        }

        if (violations.Count > MaxViolationsInMessage)
        {
            message.Append(CultureInfo.InvariantCulture, $"; and {violations.Count - MaxViolationsInMessage} more");
        }

        return message.Append('.').ToString();
    }
}
