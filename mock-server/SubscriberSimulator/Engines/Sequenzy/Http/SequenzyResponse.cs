using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>
/// A response rendered to bytes while the workspace lock is held (so it shows exactly the
/// committed state) and written to the client after the lock is released.
/// </summary>
internal sealed class SequenzyResponse
{
    // Messages stay readable ("one of: \"skip\"") instead of \u0022 escapes; the body is JSON, never HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly int _status;
    private readonly ReadOnlyMemory<byte> _body;

    private SequenzyResponse(int status, ReadOnlyMemory<byte> body)
    {
        _status = status;
        _body = body;
    }

    /// <summary>200 with <c>{"success": true, ...}</c>; <paramref name="writeFields"/> writes the other properties.</summary>
    public static SequenzyResponse Ok(Action<Utf8JsonWriter> writeFields) => Json(StatusCodes.Status200OK, true, writeFields);

    public static SequenzyResponse Error(int status, string message) =>
        Json(status, false, writer => writer.WriteString("error", message));

    public async Task WriteAsync(HttpContext context, CancellationToken ct)
    {
        context.Response.StatusCode = _status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = _body.Length;
        await context.Response.Body.WriteAsync(_body, ct).ConfigureAwait(false);
    }

    private static SequenzyResponse Json(int status, bool success, Action<Utf8JsonWriter> writeFields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", success);
            writeFields(writer);
            writer.WriteEndObject();
        }

        return new SequenzyResponse(status, buffer.WrittenMemory);
    }
}
