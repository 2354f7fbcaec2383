namespace SubscriberSimulator.Hosting;

/// <summary>Reads at most <c>limit</c> bytes of another stream, then reports its end.</summary>
internal sealed class CappedReadStream : Stream
{
    private readonly Stream _inner;
    private long _remaining;

    public CappedReadStream(Stream inner, long limit)
    {
        _inner = inner;
        _remaining = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, Allowed(count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _remaining <= 0 ? 0 : Count(await _inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Allowed(int count) => (int)Math.Min(count, _remaining);

    private int Count(int read)
    {
        _remaining -= read;
        return read;
    }
}
