namespace SubscriberSimulator.Hosting;

/// <summary>
/// Reads at most <c>limit</c> bytes of another stream, then reports its end. A framing fault the
/// server reports as a bare IOException comes out as the BadHttpRequestException it is: Kestrel
/// throws IOException("Bad chunk size data.") for a chunk size past int.MaxValue (2^64), where a
/// size of "zz" or "-5" gets BadHttpRequestException, so both are the client's 400.
/// </summary>
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

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return Count(_inner.Read(buffer, offset, Allowed(count)));
        }
        catch (IOException exception) when (IsBareFramingFault(exception))
        {
            throw AsBadRequest(exception);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_remaining <= 0)
        {
            return 0;
        }

        try
        {
            return Count(await _inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));
        }
        catch (IOException exception) when (IsBareFramingFault(exception))
        {
            throw AsBadRequest(exception);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Only the exact type: its subclasses say what they are (BadHttpRequestException already, and
    // ConnectionResetException is a client gone, not a framing fault).
    private static bool IsBareFramingFault(IOException exception) => exception.GetType() == typeof(IOException);

    private static BadHttpRequestException AsBadRequest(IOException exception) =>
        new(exception.Message, StatusCodes.Status400BadRequest, exception);

    private int Allowed(int count) => (int)Math.Min(count, _remaining);

    private int Count(int read)
    {
        _remaining -= read;
        return read;
    }
}
