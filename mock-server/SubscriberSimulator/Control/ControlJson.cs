using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Control;

/// <summary>The answers of the simulator-wide /__sim controls: JSON bodies and WireMock-style errors.</summary>
internal static class ControlJson
{
    public static ProviderResponse Ok(JsonNode body) => Json(200, body);

    public static ProviderResponse Json(int status, JsonNode body) =>
        new(status, Encoding.UTF8.GetBytes(body.ToJsonString()), ProviderResponse.JsonContentType);

    /// <summary>{"errors":[{"code":..,"source":{"pointer":..},"title":..,"detail":..}]}, as WireMock's admin API writes them.</summary>
    public static ProviderResponse Error(int status, string title, string? detail = null, string? pointer = null)
    {
        var error = new JsonObject { ["code"] = status == 422 ? 10 : status, ["title"] = title };
        if (pointer is not null)
        {
            error["source"] = new JsonObject { ["pointer"] = pointer };
        }

        if (detail is not null)
        {
            error["detail"] = detail;
        }

        return Json(status, new JsonObject { ["errors"] = new JsonArray(error) });
    }

    /// <summary>The request body as a JSON object, or the 422 to answer instead.</summary>
    public static bool TryReadObject(ProviderRequest request, out JsonObject body, out ProviderResponse? refusal)
    {
        body = [];
        refusal = null;
        try
        {
            if (request.Body.Length > 0 && JsonNode.Parse(request.Body.Span) is JsonObject parsed)
            {
                body = parsed;
                return true;
            }
        }
        catch (JsonException exception)
        {
            refusal = Error(422, "Error parsing JSON", exception.Message);
            return false;
        }

        refusal = Error(422, "Error parsing JSON", "The body must be a JSON object.");
        return false;
    }
}
