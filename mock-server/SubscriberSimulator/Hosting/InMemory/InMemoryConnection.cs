using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http.Features;

namespace SubscriberSimulator.Hosting.InMemory;

/// <summary>
/// One in-memory connection: Kestrel reads and writes <see cref="Transport"/>, the client its
/// <see cref="ClientStream"/>. A fault breaks it the way it breaks a socket: a reset, or some bytes
/// and then the end of the stream. <see cref="ConnectionClosed"/> fires when either side closes it,
/// so a request whose client went away sees RequestAborted, as on a socket.
/// </summary>
internal sealed class InMemoryConnection : ConnectionContext, IConnectionIdFeature, IConnectionTransportFeature, IConnectionItemsFeature, IConnectionLifetimeFeature, IConnectionEndPointFeature
{
    private readonly CancellationTokenSource _closed = new();

    public InMemoryConnection(string id, EndPoint local, EndPoint remote)
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        ConnectionId = id;
        LocalEndPoint = local;
        RemoteEndPoint = remote;
        Transport = new DuplexPipe(toServer.Reader, toClient.Writer);
        ConnectionClosed = _closed.Token;
        ClientStream = new InMemoryClientStream(toClient.Reader, toServer.Writer, SignalClosed);
        Features = new FeatureCollection();
        Features.Set<IConnectionIdFeature>(this);
        Features.Set<IConnectionTransportFeature>(this);
        Features.Set<IConnectionItemsFeature>(this);
        Features.Set<IConnectionLifetimeFeature>(this);
        Features.Set<IConnectionEndPointFeature>(this);
    }

    public InMemoryClientStream ClientStream { get; }

    public override string ConnectionId { get; set; }

    public override IFeatureCollection Features { get; }

    public override IDictionary<object, object?> Items { get; set; } = new ConnectionItems();

    public override IDuplexPipe Transport { get; set; }

    public override CancellationToken ConnectionClosed { get; set; }

    public override EndPoint? LocalEndPoint { get; set; }

    public override EndPoint? RemoteEndPoint { get; set; }

    /// <summary>Kestrel gave up on the connection: the client sees a reset, as after a socket's RST.</summary>
    public override void Abort(ConnectionAbortedException abortReason)
    {
        ClientStream.Reset();
        SignalClosed();
    }

    /// <summary>The client sees a reset; whatever Kestrel still writes is lost.</summary>
    public void Reset() => Abort(new ConnectionAbortedException("Connection reset by a simulator fault."));

    /// <summary>The client reads <paramref name="bytes"/>, then the end of the stream; Kestrel's own output is dropped.</summary>
    public void CloseAfter(ReadOnlyMemory<byte> bytes)
    {
        ClientStream.CloseAfter(bytes);
        SignalClosed();
    }

    public override ValueTask DisposeAsync()
    {
        _closed.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Fires <see cref="ConnectionClosed"/> off the caller's thread (Kestrel's callbacks must not run inside a write).</summary>
    private void SignalClosed() => ThreadPool.UnsafeQueueUserWorkItem(static connection => connection.CancelClosed(), this, preferLocal: false);

    private void CancelClosed()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Kestrel has finished with the connection already.
        }
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }
}
