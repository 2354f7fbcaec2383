using SubscriberSimulator.Control;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Hosting.Http;
using SubscriberSimulator.Hosting.Mappings;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// Turns the client's faults into answers instead of server errors. Kestrel reports a chunked body
/// with a bad chunk size ("zz", "-5", 2^64) by throwing from the body read, which happens inside
/// WireMock.Net (or the /__sim endpoints); WireMock.Net's outer handler would make that a 500 and log
/// an Error with a stack trace. Caught here, between that handler and the reads, it is a 400 in the
/// provider's shape; a client that went away mid-request gets nothing (nobody is listening). Both are
/// logged below Error with the reason only, so no client can fill the log.
/// </summary>
/// <remarks>
/// Nothing is read ahead: bodies still stream straight into WireMock.Net, so a well-formed request
/// costs only this frame. (Reading every chunked body first, the earlier design, buffered each SDK
/// request a second time.)
/// </remarks>
internal sealed partial class ClientFaultMiddleware
{
    /// <summary>The log category, so a host can tune client-fault lines apart from the simulator's own.</summary>
    public const string Category = "SubscriberSimulator.ClientFaults";

    private readonly RequestDelegate _next;
    private readonly EngineDirectory _engines;
    private readonly long _maxBodyBytes;
    private readonly ILogger _logger;

    public ClientFaultMiddleware(RequestDelegate next, EngineDirectory engines, long maxBodyBytes, ILogger logger)
    {
        _next = next;
        _engines = engines;
        _maxBodyBytes = maxBodyBytes;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException fault)
        {
            LogBadRequestData(_logger, context.Request.Method, fault.StatusCode, fault.Message);
            await TryAnswerAsync(context, Answer(context, fault)).ConfigureAwait(false);
        }
        catch (Exception exception) when (ClientFaults.IsClientGone(exception, context.RequestAborted))
        {
            LogClientGone(_logger, context.Request.Method, exception.GetType().Name);
        }
    }

    private ProviderResponse Answer(HttpContext context, BadHttpRequestException fault)
    {
        var status = fault.StatusCode is >= 400 and < 500 ? fault.StatusCode : StatusCodes.Status400BadRequest;
        var message = status == StatusCodes.Status413PayloadTooLarge
            ? JsonBody.TooLargeMessage(_maxBodyBytes)
            : $"The request body's HTTP framing is invalid: {fault.Message}";
        var path = context.Request.Path.Value ?? "/";
        if (_engines.FindByPath(path) is { } engine)
        {
            return engine.Error(status, message);
        }

        return PathPrefixMatcher.IsUnder(path, "/__sim")
            ? ControlJson.Error(status, "Bad request", message)
            : SimulatorEndpointsMiddleware.Status(status, message);
    }

    private static async Task TryAnswerAsync(HttpContext context, ProviderResponse response)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        try
        {
            // Kestrel closes the connection after this answer: the rest of the body cannot be framed.
            context.Response.Headers.Clear();
            await HttpEngineExchange.WriteResponseAsync(context, response).ConfigureAwait(false);
        }
        catch (Exception exception) when (ClientFaults.IsClientGone(exception, context.RequestAborted))
        {
            // The client left before reading the answer: nothing more to say.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client fault: a {Method} request's body was malformed ({Status}: {Reason}); answered without reading the rest.")]
    private static partial void LogBadRequestData(ILogger logger, string method, int status, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Client fault: the client of a {Method} request went away before its answer ({Exception}).")]
    private static partial void LogClientGone(ILogger logger, string method, string exception);
}
