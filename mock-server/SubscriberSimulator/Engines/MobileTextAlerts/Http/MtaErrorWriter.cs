using System.Text.Json;
using SubscriberSimulator.Core;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// The provider's error body: <c>{httpCode, message, timestamp, type, name, requestId}</c>, plus
/// <c>reason: null</c> on 403. 404 is not in the provider's list: it gets <c>not_found_error</c> in the
/// same pattern (DESIGN.md section 8); other client errors (405, 413, 415) are bad requests, since
/// the spec's <c>type</c> and <c>name</c> enums hold only the documented categories.
/// </summary>
internal static class MtaErrorWriter
{
    public static async Task WriteAsync(HttpContext context, SimulatorClock clock, int status, string message, CancellationToken ct)
    {
        var (type, name) = Describe(status);
        var requestId = MtaRequestIds.Apply(context);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, MtaJsonOptions.Writer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("httpCode", status);
            writer.WriteString("message", message);
            writer.WriteString("timestamp", MtaJsonWriter.Timestamp(clock.GetUtcNow()));
            writer.WriteString("type", type);
            writer.WriteString("name", name);
            writer.WriteString("requestId", requestId);
            if (status == StatusCodes.Status403Forbidden)
            {
                writer.WriteNull("reason");
            }

            writer.WriteEndObject();
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
    }

    public static (string Type, string Name) Describe(int status) => status switch
    {
        400 => ("bad_request_error", "MTABadRequestError"),
        401 => ("unauthorized_error", "MTAUnauthorizedError"),
        403 => ("forbidden_error", "MTAForbiddenError"),
        404 => ("not_found_error", "MTANotFoundError"),
        429 => ("rate_limit_error", "MTARateLimitError"),
        >= 500 => ("internal_server_error", "MTAInternalServerError"),

        // 405, 413, 415...: the provider's categories have nothing closer than a bad request.
        _ => ("bad_request_error", "MTABadRequestError"),
    };
}
