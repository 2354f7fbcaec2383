using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>
/// Every provider request, in this order: route (404, 405) -> size (413) -> credential (401) ->
/// tenant (401) -> rate limit (429) -> scope (403) -> body (415, 400) -> the operation's body check
/// (any status) -> spec validation (400) -> the operation's handler, whose rules may refuse (any
/// status). Each refusal is the dialect's error body; the rate-limit headers go on every answer
/// after the rate-limit step; an unexpected exception is the provider's 500. Nothing here depends
/// on the host.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class ProviderPipeline<TTenant>
    where TTenant : Tenant
{
    private readonly string _pathPrefix;
    private readonly RouteTable<ApiOperation<TTenant>> _routes;
    private readonly ProviderDialect<TTenant> _dialect;
    private readonly TenantStore<TTenant> _store;
    private readonly EngineServices _services;

    public ProviderPipeline(string pathPrefix, RouteTable<ApiOperation<TTenant>> routes, ProviderDialect<TTenant> dialect, TenantStore<TTenant> store, EngineServices services)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(services);
        _pathPrefix = pathPrefix;
        _routes = routes;
        _dialect = dialect;
        _store = store;
        _services = services;
    }

    public IReadOnlyList<ProviderRoute> Routes => _routes.Routes;

    /// <summary>Answers one request whose path lies under the engine's prefix.</summary>
    public ProviderResponse Handle(ProviderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = RateLimitDecision.Unlimited;
        try
        {
            request.RequestAborted.ThrowIfCancellationRequested();
            var match = MatchRoute(_routes, _pathPrefix, request);
            if (match.Kind != RouteMatchKind.Found)
            {
                return RouteMiss(_dialect, request, match);
            }

            var operation = match.Operation!;
            request.RouteValues = match.Values;
            request.ReadQueryBy(_dialect.RepeatedQueryParameters);
            if (request.BodyTooLarge || request.Body.Length > _services.MaxRequestBodyBytes)
            {
                return _dialect.Error(413, JsonBody.TooLargeMessage(_services.MaxRequestBodyBytes));
            }

            var credential = _dialect.Credentials.Read(request.Headers);
            if (credential is null || _store.FindByCredential(credential) is not { } tenant)
            {
                return Unauthorized(credential is null ? _dialect.MissingCredential : _dialect.UnknownCredential);
            }

            decision = _services.RateLimiter.TryAcquire(_dialect.ProviderId, _dialect.RateLimitSubject(tenant, credential), operation.RateLimitBucket);
            if (!decision.IsAllowed)
            {
                throw new RequestRefusedException(429, _dialect.TooManyRequests(decision));
            }

            if (operation.Scope is { } scope && _dialect.RefuseScope(tenant, credential, scope) is { } forbidden)
            {
                throw new RequestRefusedException(403, forbidden);
            }

            // Between the steps that cost in proportion to the request (parse, spec check, handler):
            // a client that gave up on a large request stops the work at the next one.
            request.RequestAborted.ThrowIfCancellationRequested();
            using var document = operation.ReadsBody ? JsonBody.Parse(request.Body, request.Headers.First("Content-Type"), allowEmpty: false) : null;
            if (document is not null)
            {
                operation.BodyCheck?.Invoke(document.RootElement);
            }

            request.RequestAborted.ThrowIfCancellationRequested();
            if (operation.ValidatesWithSpec)
            {
                var violations = _services.SpecValidator.Validate(_dialect.ProviderId, operation.OperationId, document?.RootElement, request.Query);
                if (violations.Count > 0)
                {
                    throw RequestRefusedException.BadRequest(_dialect.DescribeViolations(violations, request.Query));
                }
            }

            request.RequestAborted.ThrowIfCancellationRequested();
            return WithRateLimitHeaders(operation.Handler(new ProviderCall<TTenant>(request, tenant, credential, document?.RootElement, _store)), decision);
        }
        catch (RequestRefusedException refusal)
        {
            return WithRateLimitHeaders(_dialect.Error(refusal.Status, refusal.Message), decision);
        }
        catch (Exception exception) when (!IsClientGone(exception, request))
        {
            KitLog.Unhandled(_services.Logger, exception, _dialect.ProviderId, request.Method);
            return WithRateLimitHeaders(_dialect.Error(500, _dialect.InternalError), decision);
        }
    }

    /// <summary>Matches the part of the request path after <paramref name="pathPrefix"/>.</summary>
    internal static RouteMatch<TOperation> MatchRoute<TOperation>(RouteTable<TOperation> routes, string pathPrefix, ProviderRequest request)
        where TOperation : class
    {
        return request.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase)
            ? routes.Match(request.Method, request.Path.AsSpan(pathPrefix.Length))
            : new RouteMatch<TOperation>(RouteMatchKind.NotFound, null, RouteValues.Empty, string.Empty);
    }

    /// <summary>The provider's 404 or 405 for a request no route takes.</summary>
    internal static ProviderResponse RouteMiss<TOperation>(ProviderDialect<TTenant> dialect, ProviderRequest request, RouteMatch<TOperation> match)
        where TOperation : class
    {
        if (match.Kind == RouteMatchKind.NotFound)
        {
            return Missed(dialect.Error(404, dialect.NoRoute(request.Method)));
        }

        return Missed(dialect.Error(405, dialect.MethodNotAllowed(request.Method))).SetHeader("Allow", match.AllowedMethods);
    }

    /// <summary>True for the cancellation of a request whose client went away: nobody is left to answer.</summary>
    internal static bool IsClientGone(Exception exception, ProviderRequest request) =>
        exception is OperationCanceledException && request.RequestAborted.IsCancellationRequested;

    private static ProviderResponse Missed(ProviderResponse response)
    {
        response.RouteMissed = true;
        return response;
    }

    private ProviderResponse Unauthorized(string message)
    {
        var response = _dialect.Error(401, message);
        return _dialect.Credentials.Challenge is { } challenge ? response.SetHeader("WWW-Authenticate", challenge) : response;
    }

    private ProviderResponse WithRateLimitHeaders(ProviderResponse response, RateLimitDecision decision)
    {
        RateLimitHeaders.Write(response, decision, _dialect.RateLimitHeaderStyle);
        return response;
    }
}
