using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SubscriberSimulator.Engines.Attentive.Http;

/// <summary>Response writing for the API and the controls, including Attentive's error body.</summary>
internal static class AttentiveJson
{
    public const string ContentType = "application/json; charset=utf-8";

    // Phones ("+1...") and names with "&" or "'" stay readable instead of \u-escaped; responses are JSON, never HTML.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Attentive's error id "maps to service logs"; a process-wide counter makes each one unique.
    private static long s_nextErrorId = 100_000;

    public static async Task WriteAsync<TState>(HttpContext context, int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            write(writer, state);
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary><c>{"error": {"id": &lt;int64&gt;, "message": "..."}}</c> (ErrorResponseDto).</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        var id = Interlocked.Increment(ref s_nextErrorId);
        return WriteAsync(context, status, (id, message), static (writer, error) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteNumber("id", error.id);
            writer.WriteString("message", error.message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }
}
