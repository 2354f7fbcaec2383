using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>Response writing shared by the API and control endpoints.</summary>
internal static class EssentialHttp
{
    public const string JsonContentType = "application/json; charset=utf-8";

    // Bodies are served as application/json only, so HTML-sensitive characters need no escaping
    // ("AT&T Wireless" stays readable instead of "AT\u0026T Wireless").
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteJsonAsync<TState>(HttpContext context, int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, EssentialHttp.WriterOptions))
        {
            write(writer, state);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Essential's error body: <c>{"status": code, "message": "..."}</c>.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string message) =>
        WriteJsonAsync(context, status, (status, message), static (writer, error) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", error.status);
            writer.WriteString("message", error.message);
            writer.WriteEndObject();
        });

    public static string Route(HttpContext context, string name) =>
        context.Request.RouteValues[name] as string
        ?? throw EssentialRequestException.BadRequest($"The path is missing '{name}'.");

    public static int? QueryInt32(HttpContext context, string name)
    {
        if (!context.Request.Query.TryGetValue(name, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return null;
        }

        return int.TryParse(values[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw EssentialRequestException.BadRequest($"'{name}' must be a whole number.");
    }

    public static bool QueryBoolean(HttpContext context, string name)
    {
        if (!context.Request.Query.TryGetValue(name, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return false;
        }

        return bool.TryParse(values[0], out var value)
            ? value
            : throw EssentialRequestException.BadRequest($"'{name}' must be true or false.");
    }

    public static string? QueryString(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
