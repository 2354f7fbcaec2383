using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// TRANSITIONAL (issue 13): for engines still on ASP.NET Core routing (<see cref="IProviderEngine"/>).
/// Runs after routing and the stub layer: a request under such an engine's prefix that no route
/// matches gets the provider's own 404 (or 405 for a known path with the wrong method), and a
/// declared body over the limit gets the provider's 413 before any engine code runs. Kit engines
/// decide all of that themselves (<see cref="EngineMiddleware"/>).
/// </summary>
internal sealed class ProviderRoutingMiddleware
{
    // Routing's synthetic endpoint for "path matched, method did not".
    private const string MethodNotAllowedEndpointName = "405 HTTP Method Not Supported";

    private readonly RequestDelegate _next;
    private readonly EngineDirectory _engines;
    private readonly long _maxBodyBytes;

    public ProviderRoutingMiddleware(RequestDelegate next, EngineDirectory engines, SimulatorOptions options)
    {
        _next = next;
        _engines = engines;
        _maxBodyBytes = options.MaxRequestBodyBytes;
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (_engines.FindByPath(context.Request.Path) is not IProviderEngine engine)
        {
            if (context.GetEndpoint() is not null)
            {
                context.Features.Get<SimulatorRequestFeature>()?.MarkRouteMatched();
            }

            return _next(context);
        }

        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            return engine.WriteErrorAsync(context, StatusCodes.Status404NotFound, $"No {context.Request.Method} route matches this path.", context.RequestAborted);
        }

        if (string.Equals(endpoint.DisplayName, MethodNotAllowedEndpointName, StringComparison.Ordinal))
        {
            return engine.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, $"Method {context.Request.Method} is not allowed on this path.", context.RequestAborted);
        }

        if (context.Request.ContentLength > _maxBodyBytes)
        {
            return engine.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, Core.Pipeline.JsonBody.TooLargeMessage(_maxBodyBytes), context.RequestAborted);
        }

        context.Features.Get<SimulatorRequestFeature>()?.MarkRouteMatched();
        return _next(context);
    }
}
