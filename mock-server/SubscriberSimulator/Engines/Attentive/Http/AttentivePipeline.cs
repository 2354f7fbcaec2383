using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Http;

/// <summary>
/// Every API request passes here in order: bearer token (401), per-token per-endpoint rate limit
/// with x-ratelimit-* headers (429), scope (403), body (400/413/415), the spec (400), then the
/// handler. A refused request changes nothing.
/// </summary>
internal sealed class AttentivePipeline
{
    private const string BearerPrefix = "Bearer ";

    private readonly CompanyRegistry _registry;
    private readonly RateLimiter _rateLimiter;
    private readonly RequestBodyReader _bodyReader;
    private readonly SpecValidator _specValidator;
    private readonly IProviderEngine _engine;

    public AttentivePipeline(CompanyRegistry registry, RateLimiter rateLimiter, RequestBodyReader bodyReader, SpecValidator specValidator, IProviderEngine engine)
    {
        _registry = registry;
        _rateLimiter = rateLimiter;
        _bodyReader = bodyReader;
        _specValidator = specValidator;
        _engine = engine;
    }

    public async Task RunAsync(HttpContext context, AttentiveOperation operation, Func<HttpContext, AttentiveCompany, JsonElement?, Task> handler)
    {
        try
        {
            if (!TryAuthenticate(context.Request, out var grant))
            {
                await AttentiveJson.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized: send a valid access token as 'Authorization: Bearer <token>'.").ConfigureAwait(false);
                return;
            }

            var decision = _rateLimiter.TryAcquire(AttentiveEngine.EngineId, grant.CompanyId + "/" + grant.TokenId, operation.Bucket);
            RateLimitHeaders.Write(context.Response, decision, RateLimitHeaderStyle.Attentive);
            if (!decision.IsAllowed)
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"Too many requests: this endpoint allows {decision.Limit} requests per second per token; back off and retry.");
                await AttentiveJson.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, message).ConfigureAwait(false);
                return;
            }

            if (operation.Scope is { } scope && !grant.Has(scope))
            {
                await AttentiveJson.WriteErrorAsync(context, StatusCodes.Status403Forbidden, $"Access Denied: the token lacks the required scope '{scope}'.").ConfigureAwait(false);
                return;
            }

            JsonElement? body = null;
            if (operation.HasBody)
            {
                var read = await _bodyReader.ReadJsonAsync(context, _engine, allowEmpty: false, context.RequestAborted).ConfigureAwait(false);
                if (!read.IsValid)
                {
                    return;
                }

                body = read.Body;
            }

            var violations = _specValidator.Validate(AttentiveEngine.EngineId, operation.OperationId, body, context.Request.Query);
            if (violations.Count > 0)
            {
                await AttentiveJson.WriteErrorAsync(context, StatusCodes.Status400BadRequest, Describe(violations)).ConfigureAwait(false);
                return;
            }

            await handler(context, _registry.Get(grant.CompanyId), body).ConfigureAwait(false);
        }
        catch (AttentiveRequestException exception) when (!context.Response.HasStarted)
        {
            await AttentiveJson.WriteErrorAsync(context, exception.Status, exception.Message).ConfigureAwait(false);
        }
    }

    private bool TryAuthenticate(HttpRequest request, out TokenGrant grant)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var token = header.AsSpan(BearerPrefix.Length).Trim().ToString();
            if (token.Length > 0 && _registry.TryGetGrant(token, out grant))
            {
                return true;
            }
        }

        grant = null!;
        return false;
    }

    private static string Describe(IReadOnlyList<SpecViolation> violations)
    {
        var builder = new StringBuilder("Invalid parameter in request query or body: ");
        var shown = Math.Min(violations.Count, 3);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append("; ");
            }

            var pointer = violations[i].Pointer.Length == 0 ? "body" : violations[i].Pointer;
            builder.Append(pointer).Append(' ').Append(violations[i].Message);
        }

        if (violations.Count > shown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"; and {violations.Count - shown} more");
        }

        return builder.Append('.').ToString();
    }
}
