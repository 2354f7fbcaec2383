using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using SubscriberSimulator.Hosting.InMemory;

namespace SubscriberSimulator.Hosting.Faults;

/// <summary>
/// Breaks a connection the way WireMock's Java faults do. On a socket the bytes reach the wire
/// before it closes: a reset is a real RST (SO_LINGER 0), garbage is written below HTTP framing. An
/// in-memory connection shows its client the same: a reset, or these bytes and then the end.
/// </summary>
internal static class ConnectionFaults
{
    private static readonly byte[] Garbage = Encoding.ASCII.GetBytes("lskdu018973t09sylgasjkfg1][]'./.sdlv garbage");

    private static readonly byte[] MalformedChunk = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + "lskdu018973t09sylgasjkfg1][]'./.sdlv garbage\r\n");

    public static async Task ApplyAsync(ConnectionContext? connection, HttpContext context, SimulatorFault fault)
    {
        if (connection is InMemoryConnection memory)
        {
            Apply(memory, fault);
        }
        else if (connection?.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            await ApplyAsync(socket, fault, context.RequestAborted).ConfigureAwait(false);
            connection.Abort();
        }

        // Kestrel must not write the response on the broken connection.
        context.Abort();
    }

    private static void Apply(InMemoryConnection connection, SimulatorFault fault)
    {
        switch (fault)
        {
            case SimulatorFault.ConnectionResetByPeer:
                connection.Reset();
                break;
            case SimulatorFault.EmptyResponse:
                connection.CloseAfter(ReadOnlyMemory<byte>.Empty);
                break;
            case SimulatorFault.MalformedResponseChunk:
                connection.CloseAfter(MalformedChunk);
                break;
            case SimulatorFault.RandomDataThenClose:
                connection.CloseAfter(Garbage);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault.");
        }
    }

    private static async Task ApplyAsync(Socket socket, SimulatorFault fault, CancellationToken ct)
    {
        try
        {
            switch (fault)
            {
                case SimulatorFault.ConnectionResetByPeer:
                    socket.LingerState = new LingerOption(true, 0);
                    socket.Close();
                    break;
                case SimulatorFault.EmptyResponse:
                    socket.Shutdown(SocketShutdown.Both);
                    break;
                case SimulatorFault.MalformedResponseChunk:
                    await socket.SendAsync(MalformedChunk, SocketFlags.None, ct).ConfigureAwait(false);
                    socket.Shutdown(SocketShutdown.Both);
                    break;
                case SimulatorFault.RandomDataThenClose:
                    await socket.SendAsync(Garbage, SocketFlags.None, ct).ConfigureAwait(false);
                    socket.Shutdown(SocketShutdown.Both);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault.");
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away first; the connection is broken either way.
        }
    }
}
