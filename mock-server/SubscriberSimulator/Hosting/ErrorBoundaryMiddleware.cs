using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting.Http;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// An unhandled exception becomes a 500 in the provider's error shape (never a bare 500 or a
/// half-written body). If the response had already started, the connection is aborted instead,
/// so the client sees a broken response rather than a truncated one that looks complete.
/// </summary>
internal sealed partial class ErrorBoundaryMiddleware
{
    private readonly RequestDelegate _next;
    private readonly EngineDirectory _engines;
    private readonly ILogger<ErrorBoundaryMiddleware> _logger;

    public ErrorBoundaryMiddleware(RequestDelegate next, EngineDirectory engines, ILogger<ErrorBoundaryMiddleware> logger)
    {
        _next = next;
        _engines = engines;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or a fault aborted the request); there is no one to answer.
        }
        catch (Exception exception)
        {
            LogUnhandled(_logger, exception, context.Request.Method);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            var engine = _engines.FindByPath(context.Request.Path);
            if (engine is IProviderEngine legacy)
            {
                // TRANSITIONAL (issue 13): engines still on ASP.NET Core routing write their own errors.
                await legacy.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal server error.", context.RequestAborted).ConfigureAwait(false);
            }
            else if (engine is not null)
            {
                await HttpEngineExchange.WriteResponseAsync(context, engine.Error(StatusCodes.Status500InternalServerError, "Internal server error.")).ConfigureAwait(false);
            }
            else
            {
                await AdminJson.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal simulator error.").ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while serving a {Method} request.")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method);
}
