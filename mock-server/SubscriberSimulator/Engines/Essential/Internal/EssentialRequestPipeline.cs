using System.Text;
using System.Text.Json;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// What every Essential API request goes through before its handler: Basic authentication (401),
/// the per-account rate limit (429, off unless configured), the body (413 / 400 for malformed
/// JSON), and the OpenAPI document (400). Refusals thrown by the handler become Essential's error body.
/// </summary>
internal sealed class EssentialRequestPipeline(
    EssentialStore store,
    RateLimiter rateLimiter,
    RequestBodyReader bodyReader,
    SpecValidator specValidator,
    IProviderEngine engine)
{
    public const string RateLimitBucket = "api";
    private const int MaxViolationsInMessage = 5;

    public async Task RunAsync(
        HttpContext context, string operationId, bool readsBody, Func<HttpContext, EssentialAccount, JsonElement?, Task> handler)
    {
        var account = store.Authenticate(context.Request.Headers.Authorization);
        if (account is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Essential\"";
            await EssentialHttp.WriteErrorAsync(
                context, 401, "Authentication failed: supply the account SID and token with HTTP Basic authentication.").ConfigureAwait(false);
            return;
        }

        var decision = rateLimiter.TryAcquire(EssentialEngine.EngineId, account.Sid, RateLimitBucket);
        if (decision.IsLimited)
        {
            RateLimitHeaders.Write(context.Response, decision, RateLimitHeaderStyle.Essential);
        }

        if (!decision.IsAllowed)
        {
            await EssentialHttp.WriteErrorAsync(context, 429, "Too many requests; retry after the time given in Retry-After.").ConfigureAwait(false);
            return;
        }

        JsonElement? body = null;
        if (readsBody)
        {
            var read = await bodyReader.ReadJsonAsync(context, engine, allowEmpty: false, context.RequestAborted).ConfigureAwait(false);
            if (!read.IsValid)
            {
                return;
            }

            body = read.Body;
        }

        var violations = specValidator.Validate(EssentialEngine.EngineId, operationId, body, context.Request.Query);
        if (violations.Count > 0)
        {
            await EssentialHttp.WriteErrorAsync(context, 400, Describe(violations)).ConfigureAwait(false);
            return;
        }

        try
        {
            await handler(context, account, body).ConfigureAwait(false);
        }
        catch (EssentialRequestException refusal) when (!context.Response.HasStarted)
        {
            await EssentialHttp.WriteErrorAsync(context, refusal.Status, refusal.Message).ConfigureAwait(false);
        }
    }

    private static string Describe(IReadOnlyList<SpecViolation> violations)
    {
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
            message.Append("; and ").Append(violations.Count - MaxViolationsInMessage).Append(" more");
        }

        return message.Append('.').ToString();
    }
}
