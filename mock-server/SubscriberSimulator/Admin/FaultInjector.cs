using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections.Features;
using SubscriberSimulator.Hosting;

namespace SubscriberSimulator.Admin;

/// <summary>
/// Breaks the response the way WireMock's faults do. Over Kestrel the socket itself is used, so
/// the bytes reach the wire before it closes: a reset is a real RST (SO_LINGER 0, as WireMock
/// does), garbage is written below HTTP framing. In memory (TestServer) the request is aborted
/// (after writing a partial body where the fault has one), which the client sees as an exception.
/// </summary>
internal sealed class FaultInjector
{
    private static readonly byte[] Garbage = Encoding.ASCII.GetBytes("lskdu018973t09sylgasjkfg1][]'./.sdlv garbage");

    private static readonly byte[] MalformedChunk = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + "lskdu018973t09sylgasjkfg1][]'./.sdlv garbage\r\n");

    private readonly HostingInfo _hosting;
    private readonly ConnectionRegistry _connections;

    public FaultInjector(HostingInfo hosting, ConnectionRegistry connections)
    {
        _hosting = hosting;
        _connections = connections;
    }

    public async Task ApplyAsync(HttpContext context, StubFault fault)
    {
        var connection = _hosting.Mode == HostingMode.Kestrel ? _connections.Find(context.Connection.Id) : null;
        var socket = connection?.Features.Get<IConnectionSocketFeature>()?.Socket;
        if (connection is null || socket is null)
        {
            await AbortInMemoryAsync(context, fault).ConfigureAwait(false);
            return;
        }

        try
        {
            switch (fault)
            {
                case StubFault.ConnectionResetByPeer:
                    socket.LingerState = new LingerOption(true, 0);
                    socket.Close();
                    break;
                case StubFault.EmptyResponse:
                    socket.Shutdown(SocketShutdown.Both);
                    break;
                case StubFault.MalformedResponseChunk:
                    await socket.SendAsync(MalformedChunk, SocketFlags.None, context.RequestAborted).ConfigureAwait(false);
                    socket.Shutdown(SocketShutdown.Both);
                    break;
                case StubFault.RandomDataThenClose:
                    await socket.SendAsync(Garbage, SocketFlags.None, context.RequestAborted).ConfigureAwait(false);
                    socket.Shutdown(SocketShutdown.Both);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault.");
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // The client went away first; the connection is broken either way.
        }

        // Kestrel must not write a response on the broken connection.
        connection.Abort();
        context.Abort();
    }

    private static async Task AbortInMemoryAsync(HttpContext context, StubFault fault)
    {
        if (fault is StubFault.MalformedResponseChunk or StubFault.RandomDataThenClose)
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json";
            await response.Body.WriteAsync(Garbage, context.RequestAborted).ConfigureAwait(false);
            await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }

        context.Abort();
    }
}
