using System.Buffers;
using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// A success response in the provider's envelope <c>{"success": true, "message": ..., "data": ...}</c>,
/// built in memory (usually while the account lock is held, so the data is a consistent snapshot)
/// and sent after the lock is released.
/// </summary>
internal sealed class MtaJsonResponse : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    private MtaJsonResponse(string message)
    {
        Writer = new Utf8JsonWriter(_buffer, MtaJsonOptions.Writer);
        Writer.WriteStartObject();
        Writer.WriteBoolean("success", true);
        Writer.WriteString("message", message);

        Writer.WritePropertyName("data");
    }

    /// <summary>Positioned at the value of "data": write exactly one JSON value.</summary>
    public Utf8JsonWriter Writer { get; }

    public static MtaJsonResponse Envelope(string message) => new(message);

    public async Task SendAsync(HttpContext context, CancellationToken ct)
    {
        Writer.WriteEndObject();
        await Writer.FlushAsync(ct).ConfigureAwait(false);
        var response = context.Response;
        MtaRequestIds.Apply(context);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = _buffer.WrittenCount;
        await response.Body.WriteAsync(_buffer.WrittenMemory, ct).ConfigureAwait(false);
    }

    public void Dispose() => Writer.Dispose();
}
