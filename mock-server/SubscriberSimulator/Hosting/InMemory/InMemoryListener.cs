using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;

namespace SubscriberSimulator.Hosting.InMemory;

/// <summary>Queues the connections clients open until Kestrel accepts them.</summary>
internal sealed class InMemoryListener : IConnectionListener
{
    private readonly Channel<InMemoryConnection> _pending = Channel.CreateUnbounded<InMemoryConnection>();
    private readonly IPEndPoint _client = new(IPAddress.Loopback, 50000);
    private long _connections;

    public InMemoryListener(EndPoint endPoint)
    {
        EndPoint = endPoint;
    }

    public EndPoint EndPoint { get; }

    public Stream Connect()
    {
        var id = "mem-" + Interlocked.Increment(ref _connections).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var connection = new InMemoryConnection(id, EndPoint, _client);
        if (!_pending.Writer.TryWrite(connection))
        {
            throw new IOException("The in-memory simulator has stopped.", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
        }

        return connection.ClientStream;
    }

    public async ValueTask<ConnectionContext?> AcceptAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _pending.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ChannelClosedException or OperationCanceledException)
        {
            return null;
        }
    }

    public ValueTask UnbindAsync(CancellationToken cancellationToken = default)
    {
        _pending.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
