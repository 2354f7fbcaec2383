using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SubscriberSimulator.Core.Requests;

/// <summary>
/// Builds JSON responses by writing straight to a <see cref="Utf8JsonWriter"/>: no reflection, no
/// intermediate objects. The buffer and writer are reused per thread, so a response costs one
/// array of exactly its size.
/// </summary>
public static class JsonResponse
{
    /// <summary>
    /// Bodies are served as application/json only, so HTML-sensitive characters need no escaping
    /// ("AT&amp;T Wireless" stays readable instead of "AT\u0026T Wireless").
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A thread keeps its scratch buffer unless one response made it larger than this.
    private const int MaxKeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static Scratch? t_scratch;

    public static ProviderResponse Create<TState>(int status, TState state, Action<Utf8JsonWriter, TState> write) =>
        new(status, Bytes(state, write), ProviderResponse.JsonContentType);

    /// <summary>The UTF-8 JSON <paramref name="write"/> produces, as an array of exactly its size.</summary>
    public static byte[] Bytes<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);

        // A writer callback that builds another response (rare) gets a scratch of its own.
        var scratch = t_scratch is { InUse: false } cached ? cached : new Scratch();
        t_scratch ??= scratch;
        scratch.InUse = true;
        try
        {
            scratch.Buffer.ResetWrittenCount();
            scratch.Writer.Reset(scratch.Buffer);
            write(scratch.Writer, state);
            scratch.Writer.Flush();
            return scratch.Buffer.WrittenSpan.ToArray();
        }
        finally
        {
            scratch.InUse = false;
            if (scratch.Buffer.Capacity > MaxKeptBufferBytes && ReferenceEquals(t_scratch, scratch))
            {
                t_scratch = null;
            }
        }
    }

    private sealed class Scratch
    {
        public Scratch()
        {
            Buffer = new ArrayBufferWriter<byte>(4096);
            Writer = new Utf8JsonWriter(Buffer, WriterOptions);
        }

        public ArrayBufferWriter<byte> Buffer { get; }

        public Utf8JsonWriter Writer { get; }

        public bool InUse { get; set; }
    }
}
