using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>
/// How Attentive answers: a bearer token that belongs to one company and carries scopes (403
/// without the one an operation needs), limits per token and per endpoint with
/// <c>x-ratelimit-*</c> headers, errors as <c>{"error": {"id": &lt;int64&gt;, "message": "..."}}</c>.
/// </summary>
internal sealed class AttentiveDialect : ProviderDialect<AttentiveCompany>
{
    private const int MaxViolationsInMessage = 3;

    // Attentive's error id "maps to service logs"; a process-wide counter makes each one unique.
    private long _lastErrorId = 100_000;

    public static AttentiveDialect Instance { get; } = new();

    public override string ProviderId => AttentiveEngine.EngineId;

    public override string DisplayName => "Attentive";

    public override string TenantNoun => "company";

    public override CredentialScheme Credentials { get; } = CredentialScheme.Bearer();

    public override RateLimitHeaderStyle RateLimitHeaderStyle => RateLimitHeaderStyle.Attentive;

    /// <summary>
    /// Decision (spec): a repeated parameter is a 400 naming it. Attentive refuses ambiguous
    /// identification (phone and email together is a 400), and a second phone or email is that.
    /// </summary>
    public override RepeatedParameterRule RepeatedQueryParameters => RepeatedParameterRule.Refuse;

    /// <summary>Decision (spec): 403 "Access Denied", Attentive's answer to what the company may not do.</summary>
    public override int SubscriberLimitStatus => 403;

    /// <summary>Contacts (each phone or email with its subscriptions) and users both grow with subscribers; both count.</summary>
    public override string SubscribersNoun => "contacts and users";

    public override string UnknownCredential => "Unauthorized: send a valid access token as 'Authorization: Bearer <token>'.";

    public override string TooManyRequests(RateLimitDecision decision) =>
        string.Create(CultureInfo.InvariantCulture, $"Too many requests: this endpoint allows {decision.Limit} requests per second per token; back off and retry.");

    /// <summary>Attentive limits each token on its own (every operation names its endpoint's bucket in <see cref="AttentiveApi"/>).</summary>
    public override string RateLimitSubject(AttentiveCompany tenant, string credential)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.GrantOf(credential)?.RateLimitSubject ?? tenant.Id;
    }

    /// <summary>
    /// <paramref name="scope"/> lists every scope the operation needs, separated by spaces as in an
    /// OAuth scope string (the v2 user calls need two); the 403 names the first one missing. A token
    /// the company has no grant for (possible only in a hand-edited state file) has no scopes.
    /// </summary>
    public override string? RefuseScope(AttentiveCompany tenant, string credential, string scope)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(scope);
        var grant = tenant.GrantOf(credential);
        foreach (var required in scope.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (grant?.Has(required) != true)
            {
                return $"Access Denied: the token lacks the required scope '{required}'.";
            }
        }

        return null;
    }

    /// <summary>
    /// A phone query parameter the spec refused because its '+' arrived unencoded gets the message
    /// that says so (the spec's wording) instead of the pattern violation.
    /// </summary>
    public override string DescribeViolations(IReadOnlyList<SpecViolation> violations, IRequestValues query)
    {
        ArgumentNullException.ThrowIfNull(violations);
        ArgumentNullException.ThrowIfNull(query);
        return violations.Any(violation => violation.Pointer == "?phone") && AttentiveQuery.Phone(query) is { } phone && AttentiveQuery.ArrivedWithUnencodedPlus(phone)
            ? AttentiveQuery.UnencodedPlusMessage
            : DescribeViolations(violations);
    }

    /// <summary>Attentive's documented 400 wording, then the first few places the request breaks the spec.</summary>
    public override string DescribeViolations(IReadOnlyList<SpecViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var places = violations.Take(MaxViolationsInMessage).Select(violation => (violation.Pointer.Length == 0 ? "body" : violation.Pointer) + " " + violation.Message);
        var more = violations.Count > MaxViolationsInMessage
            ? string.Create(CultureInfo.InvariantCulture, $"; and {violations.Count - MaxViolationsInMessage} more")
            : string.Empty;
        return $"Invalid parameter in request query or body: {string.Join("; ", places)}{more}.";
    }

    /// <summary><c>{"error": {"id": &lt;int64&gt;, "message": "..."}}</c> (ErrorResponseDto).</summary>
    public override ProviderResponse Error(int status, string message) =>
        JsonResponse.Create(status, (id: Interlocked.Increment(ref _lastErrorId), message), static (writer, error) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteNumber("id", error.id);
            writer.WriteString("message", error.message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
}
