using SubscriberSimulator.Hosting.Http;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// Reads a chunked body before WireMock.Net does, so a client's bad framing (a chunk size of "zz",
/// "-5" or 2^64) is a 400 in the provider's shape instead of WireMock.Net's 500, and a client that
/// disconnects mid-body ends the request quietly. Both are the client's fault: logged at
/// Information with the reason only, never a stack trace, so no client can fill the log with them.
/// A body with a Content-Length is left to the rest of the pipeline (Kestrel checks its framing).
/// </summary>
internal sealed partial class ClientFaultMiddleware
{
    private readonly RequestDelegate _next;
    private readonly EngineDirectory _engines;
    private readonly ILogger _logger;

    public ClientFaultMiddleware(RequestDelegate next, EngineDirectory engines, ILogger logger)
    {
        _next = next;
        _engines = engines;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0)
        {
            // The body is at most MaxRequestBodyBytes + 1 here (BodyLimitMiddleware runs first).
            request.EnableBuffering();
            try
            {
                await request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
                request.Body.Position = 0;
            }
            catch (BadHttpRequestException exception)
            {
                LogClientFault(_logger, "bad request framing", exception.Message);
                await AnswerBadFramingAsync(context).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException)
            {
                // Usually the client is gone and the answer goes nowhere; if it is still there (a
                // chunk size Kestrel reads as an endless body), it learns why.
                LogClientFault(_logger, "body ended early or the client disconnected mid-body", exception.Message);
                await AnswerBadFramingAsync(context).ConfigureAwait(false);
                return;
            }
        }

        await _next(context).ConfigureAwait(false);
    }

    private async Task AnswerBadFramingAsync(HttpContext context)
    {
        const string Message = "The request body is not valid HTTP/1.1 chunked framing.";
        var engine = _engines.FindByPath(context.Request.Path.Value ?? "/");
        try
        {
            await HttpEngineExchange.WriteResponseAsync(context, engine?.Error(400, Message) ?? SimulatorEndpointsMiddleware.Status(400, Message)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The connection is gone (or already answered): nothing more to say.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client fault ({Fault}): {Reason}")]
    private static partial void LogClientFault(ILogger logger, string fault, string reason);
}
