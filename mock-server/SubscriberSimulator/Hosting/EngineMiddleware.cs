using SubscriberSimulator.Hosting.Http;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// Serves the kit engines: a request under an engine's prefix goes to its HandleAsync, one under
/// /__sim/{id} to its HandleControlAsync; the engine answers everything (404, 405, 413, ...) in
/// the provider's shape. Runs after the stub layer, so a stub still overrides a provider route.
/// </summary>
internal sealed class EngineMiddleware
{
    private readonly RequestDelegate _next;
    private readonly EngineDirectory _engines;
    private readonly long _maxBodyBytes;

    public EngineMiddleware(RequestDelegate next, EngineDirectory engines, SimulatorOptions options)
    {
        _next = next;
        _engines = engines;
        _maxBodyBytes = options.MaxRequestBodyBytes;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var (engine, isControl) = _engines.FindKitEngine(path);
        if (engine is null)
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var request = await HttpEngineExchange.ReadRequestAsync(context, _maxBodyBytes).ConfigureAwait(false);
        var response = isControl
            ? await engine.HandleControlAsync(request).ConfigureAwait(false)
            : await engine.HandleAsync(request).ConfigureAwait(false);
        if (!response.RouteMissed)
        {
            context.Features.Get<SimulatorRequestFeature>()?.MarkRouteMatched();
        }

        await HttpEngineExchange.WriteResponseAsync(context, response).ConfigureAwait(false);
    }
}
