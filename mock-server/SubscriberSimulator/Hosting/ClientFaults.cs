using Microsoft.AspNetCore.Connections;

namespace SubscriberSimulator.Hosting;

/// <summary>What counts as the client's fault rather than the simulator's, for answers and log levels.</summary>
internal static class ClientFaults
{
    /// <summary>
    /// True when <paramref name="exception"/> only says the client went away: a reset or aborted
    /// connection (Kestrel may throw these before it cancels RequestAborted), or any cancellation or
    /// I/O failure once RequestAborted has fired.
    /// </summary>
    public static bool IsClientGone(Exception exception, CancellationToken requestAborted) =>
        exception is ConnectionResetException or ConnectionAbortedException
        || (requestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException);

    /// <summary>Bad framing, or a client that went away: never a reason for an Error with a stack trace.</summary>
    public static bool IsClientFault(Exception exception, CancellationToken requestAborted) =>
        exception is BadHttpRequestException
        || IsClientGone(exception, requestAborted)
        || (exception.InnerException is { } inner && IsClientFault(inner, requestAborted));
}
