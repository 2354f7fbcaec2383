using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;

namespace SubscriberSimulator.Hosting.InMemory;

/// <summary>
/// The client's end of an <see cref="InMemoryConnection"/>, as HttpClient's ConnectCallback wants it.
/// After <see cref="Reset"/> every read and write fails with a connection-reset IOException (unread
/// data is lost, as with an RST); after <see cref="CloseAfter"/> reads return the given bytes, then
/// the end of the stream.
/// </summary>
internal sealed class InMemoryClientStream : Stream
{
    private const int Open = 0;
    private const int ResetState = 1;
    private const int ClosingState = 2;

    private readonly PipeReader _fromServer;
    private readonly PipeWriter _toServer;
    private readonly Lock _gate = new();
    private readonly Action _closed;
    private int _state;
    private ReadOnlyMemory<byte> _lastBytes;
    private int _disposed;

    /// <param name="closed">Called once when the client closes its end.</param>
    public InMemoryClientStream(PipeReader fromServer, PipeWriter toServer, Action closed)
    {
        _fromServer = fromServer;
        _toServer = toServer;
        _closed = closed;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public void Reset()
    {
        if (Interlocked.CompareExchange(ref _state, ResetState, Open) == Open)
        {
            _fromServer.CancelPendingRead();
            _toServer.CancelPendingFlush();
        }
    }

    public void CloseAfter(ReadOnlyMemory<byte> bytes)
    {
        _lastBytes = bytes;
        if (Interlocked.CompareExchange(ref _state, ClosingState, Open) == Open)
        {
            _fromServer.CancelPendingRead();
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            switch (Volatile.Read(ref _state))
            {
                case ResetState:
                    throw ResetError();
                case ClosingState:
                    return TakeLastBytes(buffer.Span);
            }

            var result = await _fromServer.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCanceled)
            {
                continue;
            }

            if (Volatile.Read(ref _state) != Open)
            {
                _fromServer.AdvanceTo(result.Buffer.Start);
                continue;
            }

            var available = result.Buffer;
            if (buffer.IsEmpty)
            {
                // A zero-byte read (HttpClient's way to wait for data): done once data is there.
                _fromServer.AdvanceTo(available.Start);
                return 0;
            }

            var count = (int)Math.Min(available.Length, buffer.Length);
            available.Slice(0, count).CopyTo(buffer.Span);
            _fromServer.AdvanceTo(available.GetPosition(count));
            if (count > 0 || result.IsCompleted)
            {
                return count;
            }
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _state) != Open)
        {
            throw ResetError();
        }

        var result = await _toServer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (result.IsCanceled || result.IsCompleted || Volatile.Read(ref _state) != Open)
        {
            throw ResetError();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // The server reads the end of its input and closes its side, as after a client's FIN.
            _toServer.Complete();
            _fromServer.Complete();
            _closed();
        }

        base.Dispose(disposing);
    }

    private static IOException ResetError() =>
        new("Connection reset by peer (in-memory simulator).", new SocketException((int)SocketError.ConnectionReset));

    private int TakeLastBytes(Span<byte> destination)
    {
        lock (_gate)
        {
            var count = Math.Min(destination.Length, _lastBytes.Length);
            _lastBytes.Span[..count].CopyTo(destination);
            _lastBytes = _lastBytes[count..];
            return count;
        }
    }
}
