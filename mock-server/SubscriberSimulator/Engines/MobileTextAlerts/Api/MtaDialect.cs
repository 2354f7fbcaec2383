using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// How Mobile Text Alerts answers: Bearer API keys (one account each), the RateLimit-* and
/// X-RateLimit-* headers (reset in milliseconds, Retry-After in seconds), subscriber routes in their
/// own bucket and the rest in the shared general one, and the error body
/// <c>{httpCode, message, timestamp, type, name, requestId}</c> plus <c>reason: null</c> on 403, with
/// the same request id in X-Request-ID. 404 is not in the provider's list: it gets
/// <c>not_found_error</c> in the same pattern (DESIGN.md section 8); other client errors (405, 413,
/// 415) are bad requests, since the spec's <c>type</c> and <c>name</c> enums hold only the
/// documented categories.
/// </summary>
internal sealed class MtaDialect(TimeProvider clock) : ProviderDialect<MtaAccount>
{
    public override string ProviderId => MobileTextAlertsEngine.EngineId;

    public override string DisplayName => "Mobile Text Alerts";

    public override string TenantNoun => "account";

    public override CredentialScheme Credentials { get; } = CredentialScheme.Bearer();

    public override RateLimitHeaderStyle RateLimitHeaderStyle => RateLimitHeaderStyle.MobileTextAlerts;

    /// <summary>Groups, unsubscribes, field reads and the key check share one window per account.</summary>
    public override string DefaultRateLimitBucket => RateLimitDefaults.MtaGeneral;

    /// <summary>
    /// Decision (spec): a repeated parameter is a 400 naming it. The API runs on Express, whose query
    /// parser turns a repeated name into an array that a string or number check refuses; the
    /// simulator already refuses parameters an operation does not take.
    /// </summary>
    public override RepeatedParameterRule RepeatedQueryParameters => RepeatedParameterRule.Refuse;

    /// <summary>Decision (spec): 403 ForbiddenError, documented as "authenticated, but not allowed" with an account-restriction reason.</summary>
    public override int SubscriberLimitStatus => 403;

    public override string MissingCredential => "Missing API key: send it as 'Authorization: Bearer <API key>'.";

    public override string UnknownCredential => "Invalid API key.";

    public override string TooManyRequests(RateLimitDecision decision) =>
        $"Too many requests: this account may make {decision.Limit} such requests per window. Retry after the time in the Retry-After header.";

    public override string DescribeViolations(IReadOnlyList<SpecViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var first = violations[0];
        var where = string.IsNullOrEmpty(first.Pointer) ? "request body" : first.Pointer;
        var more = violations.Count > 1 ? $" (and {violations.Count - 1} more problem(s))" : string.Empty;
        return $"Invalid request: {where}: {first.Message}{more}.";
    }

    public override ProviderResponse Error(int status, string message)
    {
        var requestId = MtaRequestIds.New();
        var (type, name) = Describe(status);
        var timestamp = MtaJson.Timestamp(clock.GetUtcNow());
        return JsonResponse.Create(status, (status, message, timestamp, type, name, requestId), static (writer, error) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("httpCode", error.status);
            writer.WriteString("message", error.message);
            writer.WriteString("timestamp", error.timestamp);
            writer.WriteString("type", error.type);
            writer.WriteString("name", error.name);
            writer.WriteString("requestId", error.requestId);
            if (error.status == 403)
            {
                writer.WriteNull("reason");
            }

            writer.WriteEndObject();
        }).SetHeader(MtaRequestIds.Header, requestId);
    }

    private static (string Type, string Name) Describe(int status) => status switch
    {
        400 => ("bad_request_error", "MTABadRequestError"),
        401 => ("unauthorized_error", "MTAUnauthorizedError"),
        403 => ("forbidden_error", "MTAForbiddenError"),
        404 => ("not_found_error", "MTANotFoundError"),
        429 => ("rate_limit_error", "MTARateLimitError"),
        >= 500 => ("internal_server_error", "MTAInternalServerError"),

        // 405, 413, 415...: the provider's categories have nothing closer than a bad request.
        _ => ("bad_request_error", "MTABadRequestError"),
    };
}
