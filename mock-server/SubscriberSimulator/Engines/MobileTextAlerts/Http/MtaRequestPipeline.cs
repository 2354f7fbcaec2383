using System.Text.Json;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// The steps every provider request goes through, in the provider's order: authenticate (401),
/// count against the account's rate limit (429, headers on every response), read and parse the
/// body (400/413/415), check the query and the spec (400), then the handler. A
/// <see cref="MtaRequestException"/> from anywhere becomes the provider's error body.
/// </summary>
internal sealed class MtaRequestPipeline
{
    private const string Provider = "mta";
    private readonly IProviderEngine _engine;
    private readonly MtaAccountRegistry _accounts;
    private readonly RateLimiter _limiter;
    private readonly RequestBodyReader _bodies;
    private readonly SpecValidator _validator;
    private readonly SimulatorClock _clock;

    public MtaRequestPipeline(
        IProviderEngine engine,
        MtaAccountRegistry accounts,
        RateLimiter limiter,
        RequestBodyReader bodies,
        SpecValidator validator,
        SimulatorClock clock)
    {
        _engine = engine;
        _accounts = accounts;
        _limiter = limiter;
        _bodies = bodies;
        _validator = validator;
        _clock = clock;
    }

    public RequestDelegate Handle(MtaRoute route, Func<MtaCall, Task> handler) => context => RunAsync(context, route, handler);

    private async Task RunAsync(HttpContext context, MtaRoute route, Func<MtaCall, Task> handler)
    {
        var ct = context.RequestAborted;
        MtaRequestIds.Apply(context);
        try
        {
            var account = Authenticate(context.Request);
            var decision = _limiter.TryAcquire(Provider, account.TenantId, route.Bucket);
            RateLimitHeaders.Write(context.Response, decision, RateLimitHeaderStyle.MobileTextAlerts);
            if (!decision.IsAllowed)
            {
                throw new MtaRequestException(
                    StatusCodes.Status429TooManyRequests,
                    $"Too many requests: this account may make {decision.Limit} such requests per window. Retry after the time in the Retry-After header.");
            }

            CheckQuery(context.Request.Query, route.QueryParameters);
            var body = default(JsonElement);
            if (route.ReadsBody)
            {
                var read = await _bodies.ReadJsonAsync(context, _engine, allowEmpty: false, ct).ConfigureAwait(false);
                if (!read.IsValid)
                {
                    return;
                }

                body = read.Body!.Value;
            }

            CheckSpec(route, route.ReadsBody ? body : null, context.Request.Query);
            await handler(new MtaCall(context, account, body)).ConfigureAwait(false);
        }
        catch (MtaRequestException exception)
        {
            await MtaErrorWriter.WriteAsync(context, _clock, exception.Status, exception.Message, ct).ConfigureAwait(false);
        }
    }

    private MtaAccount Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            throw new MtaRequestException(StatusCodes.Status401Unauthorized, "Missing API key: send it as 'Authorization: Bearer <API key>'.");
        }

        return _accounts.FindByApiKey(header[scheme.Length..].Trim())
            ?? throw new MtaRequestException(StatusCodes.Status401Unauthorized, "Invalid API key.");
    }

    private static void CheckQuery(IQueryCollection query, string[] allowed)
    {
        foreach (var key in query.Keys)
        {
            if (Array.IndexOf(allowed, key) < 0)
            {
                throw MtaRequestException.BadRequest(
                    allowed.Length == 0
                        ? $"Unknown query parameter '{MtaSubscriberParser.Shorten(key)}': this endpoint takes none."
                        : $"Unknown query parameter '{MtaSubscriberParser.Shorten(key)}'; this endpoint takes {string.Join(", ", allowed)}.");
            }
        }
    }

    private void CheckSpec(MtaRoute route, JsonElement? body, IQueryCollection query)
    {
        // The spec is written alongside the engine: routes it does not declare yet are checked by
        // the engine's own strict parsing only.
        if (!route.ValidatesWithSpec || !_validator.HasOperation(Provider, route.OperationId))
        {
            return;
        }

        var violations = _validator.Validate(Provider, route.OperationId, body, query);
        if (violations.Count > 0)
        {
            var first = violations[0];
            var where = string.IsNullOrEmpty(first.Pointer) ? "request body" : first.Pointer;
            var more = violations.Count > 1 ? $" (and {violations.Count - 1} more problem(s))" : string.Empty;
            throw MtaRequestException.BadRequest($"Invalid request: {where}: {first.Message}{more}.");
        }
    }
}
