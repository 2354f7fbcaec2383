using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>
/// Where an engine declares its provider routes (templates relative to its path prefix), each
/// with its OpenAPI operationId and handler: <c>routes.Post("/v2/...", "upsertSubscriber", upsert.Handle)</c>.
/// Routes with a body may add <c>checkBody</c> (see <see cref="ApiOperation{TTenant}.BodyCheck"/>).
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class ApiRoutes<TTenant>
    where TTenant : Tenants.Tenant
{
    private readonly List<(string Method, RouteTemplate Template, ApiOperation<TTenant> Operation)> _routes = [];
    private readonly string _defaultBucket;

    internal ApiRoutes(string defaultBucket)
    {
        _defaultBucket = defaultBucket;
    }

    public ApiRoutes<TTenant> Get(string template, string operationId, Func<ProviderCall<TTenant>, ProviderResponse> handler, string? bucket = null, string? scope = null, bool validatesWithSpec = true) =>
        Map("GET", template, operationId, handler, bucket, scope, validatesWithSpec, checkBody: null);

    public ApiRoutes<TTenant> Post(
        string template, string operationId, Func<ProviderCall<TTenant>, ProviderResponse> handler, string? bucket = null, string? scope = null, bool validatesWithSpec = true, Action<JsonElement>? checkBody = null) =>
        Map("POST", template, operationId, handler, bucket, scope, validatesWithSpec, checkBody);

    public ApiRoutes<TTenant> Put(
        string template, string operationId, Func<ProviderCall<TTenant>, ProviderResponse> handler, string? bucket = null, string? scope = null, bool validatesWithSpec = true, Action<JsonElement>? checkBody = null) =>
        Map("PUT", template, operationId, handler, bucket, scope, validatesWithSpec, checkBody);

    public ApiRoutes<TTenant> Patch(
        string template, string operationId, Func<ProviderCall<TTenant>, ProviderResponse> handler, string? bucket = null, string? scope = null, bool validatesWithSpec = true, Action<JsonElement>? checkBody = null) =>
        Map("PATCH", template, operationId, handler, bucket, scope, validatesWithSpec, checkBody);

    public ApiRoutes<TTenant> Delete(string template, string operationId, Func<ProviderCall<TTenant>, ProviderResponse> handler, string? bucket = null, string? scope = null, bool validatesWithSpec = true) =>
        Map("DELETE", template, operationId, handler, bucket, scope, validatesWithSpec, checkBody: null);

    internal RouteTable<ApiOperation<TTenant>> Build() => new(_routes);

    private ApiRoutes<TTenant> Map(
        string method,
        string template,
        string operationId,
        Func<ProviderCall<TTenant>, ProviderResponse> handler,
        string? bucket,
        string? scope,
        bool validatesWithSpec,
        Action<JsonElement>? checkBody)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        ArgumentNullException.ThrowIfNull(handler);
        _routes.Add((method, new RouteTemplate(template), new ApiOperation<TTenant>
        {
            OperationId = operationId,
            ValidatesWithSpec = validatesWithSpec,
            ReadsBody = method is "POST" or "PUT" or "PATCH",
            RateLimitBucket = bucket ?? _defaultBucket,
            Scope = scope,
            BodyCheck = checkBody,
            Handler = handler,
        }));
        return this;
    }
}
