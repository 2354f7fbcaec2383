namespace SubscriberSimulator.Core.Journal;

/// <summary>
/// Passes a request body through while keeping its first <c>limit</c> bytes for the journal, so
/// large or streamed bodies are not buffered twice.
/// </summary>
internal sealed class CapturingReadStream : Stream
{
    private readonly Stream _inner;
    private readonly int _limit;
    private readonly MemoryStream _captured = new();

    public CapturingReadStream(Stream inner, int limit)
    {
        _inner = inner;
        _limit = limit;
    }

    public bool ReachedEnd { get; private set; }

    public bool Truncated { get; private set; }

    public byte[] Captured => _captured.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Capture(buffer.AsSpan(offset, _inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Capture(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Capture(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            ReachedEnd = true;
            return 0;
        }

        var room = _limit - (int)_captured.Length;
        if (room > 0)
        {
            _captured.Write(data[..Math.Min(room, data.Length)]);
        }

        if (data.Length > room)
        {
            Truncated = true;
        }

        return data.Length;
    }
}
