using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// TRANSITIONAL (issue 13): JSON answers of the Sequenzy engine's ASP.NET Core controls, until it is
/// on the kit (the host's own /__sim answers are Control/ControlJson). Delete with Hosting/Legacy.
/// </summary>
internal static class AdminJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = false };

    public static async Task WriteAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var text = body?.ToJsonString(Indented) ?? "{}";
        await context.Response.WriteAsync(text, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>WireMock's error body: {"errors":[{"code":..,"source":{"pointer":..},"title":..,"detail":..}]}.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string title, string? detail = null, string? pointer = null)
    {
        var error = new JsonObject { ["code"] = status == StatusCodes.Status422UnprocessableEntity ? 10 : status, ["title"] = title };
        if (pointer is not null)
        {
            error["source"] = new JsonObject { ["pointer"] = pointer };
        }

        if (detail is not null)
        {
            error["detail"] = detail;
        }

        return WriteAsync(context, status, new JsonObject { ["errors"] = new JsonArray(error) });
    }

    /// <summary>Reads an admin request body as a JSON object; writes 422 and returns null when it is not one.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpContext context, bool allowEmpty)
    {
        var read = await Http.HttpBody.ReadCappedAsync(context.Request, 10 * 1024 * 1024, context.RequestAborted).ConfigureAwait(false);
        if (read is not { } bytes)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large").ConfigureAwait(false);
            return null;
        }

        if (bytes.IsEmpty && allowEmpty)
        {
            return new JsonObject();
        }

        try
        {
            if (JsonNode.Parse(bytes.Span) is JsonObject parsed)
            {
                return parsed;
            }
        }
        catch (JsonException exception)
        {
            await WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "Error parsing JSON", exception.Message).ConfigureAwait(false);
            return null;
        }

        await WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "Error parsing JSON", "The body must be a JSON object.").ConfigureAwait(false);
        return null;
    }
}
