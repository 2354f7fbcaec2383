namespace SubscriberSimulator.Hosting.Faults;

/// <summary>
/// Runs before WireMock.Net: when the response WireMock.Net is about to send carries
/// <see cref="SimulatorFaults.HeaderName"/>, the connection is broken instead (the header is never
/// sent). Checked as the response starts, so whatever produced the response (a stub, or the engine
/// after committing its work) has finished, and nothing has reached the client yet.
/// </summary>
internal sealed partial class FaultMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ConnectionRegistry _connections;
    private readonly ILogger _logger;
    private readonly Func<object, Task> _onStarting;

    public FaultMiddleware(RequestDelegate next, ConnectionRegistry connections, ILogger logger)
    {
        _next = next;
        _connections = connections;
        _logger = logger;
        _onStarting = ApplyIfAskedAsync;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(_onStarting, context);
        return _next(context);
    }

    private Task ApplyIfAskedAsync(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        if (!headers.TryGetValue(SimulatorFaults.HeaderName, out var value))
        {
            return Task.CompletedTask;
        }

        headers.Remove(SimulatorFaults.HeaderName);
        if (!SimulatorFaults.TryParse(value, out var fault))
        {
            LogUnknownFault(_logger, value.ToString());
            return Task.CompletedTask;
        }

        return ConnectionFaults.ApplyAsync(_connections.Find(context.Connection.Id), context, fault);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A mapping asked for the unknown fault '{Fault}'; the response was sent unbroken. Known faults: CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE.")]
    private static partial void LogUnknownFault(ILogger logger, string fault);
}
