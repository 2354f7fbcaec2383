using System.Net.Sockets;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Names a failure without a response in the words a caller acts on: refused (nothing listens at the
/// address), reset (the server dropped the connection), name not resolved, and so on. HttpClient's own
/// <see cref="HttpRequestError"/> says <c>Unknown</c> for a reset and <c>ConnectionError</c> for several
/// causes, so the socket error underneath is read first.
/// </summary>
internal static class TransportFailureText
{
    public static string Describe(Exception failure, Uri? address)
    {
        var where = address is { IsAbsoluteUri: true } ? address.GetLeftPart(UriPartial.Authority) : "the provider";
        return SocketErrorOf(failure) switch
        {
            SocketError.ConnectionRefused =>
                $"the connection to {where} was refused: nothing is listening there. Check the client's BaseAddress and that the server is running.",
            SocketError.ConnectionReset or SocketError.ConnectionAborted =>
                $"the connection to {where} was reset by the other side before the response was complete.",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain =>
                $"the host name of {where} could not be resolved. Check the client's BaseAddress.",
            SocketError.TimedOut => $"connecting to {where} timed out.",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable => $"{where} is unreachable from this machine.",
            _ when failure is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } =>
                $"the connection to {where} ended before the response was complete.",
            _ when failure is HttpRequestException { HttpRequestError: var error and not HttpRequestError.Unknown } =>
                $"the connection to {where} failed ({error}).",
            _ => $"the connection to {where} failed: {Innermost(failure).Message.TrimEnd('.')}.",
        };
    }

    private static SocketError? SocketErrorOf(Exception failure)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception failure)
    {
        var e = failure;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
