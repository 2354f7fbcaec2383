using System.Text.Json;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Reads the four providers' error shapes without trusting any of them to be present:
/// Essential <c>{status, message}</c>; Sequenzy <c>{success:false, error: "..." | {code, message}, issues}</c>;
/// Attentive <c>{error: {id, message}}</c>; Mobile Text Alerts <c>{httpCode, message, name, type, requestId}</c>.
/// Anything else (HTML, empty, truncated) yields <see cref="ParsedErrorBody.Empty"/>.
/// </summary>
internal static class ErrorBodyParser
{
    private static readonly string[] FieldListNames = ["errors", "issues", "details", "fieldErrors"];

    public static ParsedErrorBody Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ParsedErrorBody.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Read(document.RootElement) : ParsedErrorBody.Empty;
        }
        catch (JsonException)
        {
            return ParsedErrorBody.Empty;
        }
    }

    private static ParsedErrorBody Read(JsonElement root)
    {
        string? code = Text(root, "code") ?? Text(root, "name") ?? Text(root, "type");
        string? message = Text(root, "message");
        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.String)
            {
                message ??= error.GetString();
            }
            else if (error.ValueKind == JsonValueKind.Object)
            {
                message ??= Text(error, "message");
                code ??= Text(error, "code") ?? Text(error, "id");
            }
        }

        message ??= Text(root, "description") ?? Text(root, "title");
        var requestId = Text(root, "requestId") ?? Text(root, "request_id");
        return new ParsedErrorBody(code, message, requestId, FieldErrors(root));
    }

    private static List<FieldError> FieldErrors(JsonElement root)
    {
        var result = new List<FieldError>();
        foreach (var name in FieldListNames)
        {
            if (!root.TryGetProperty(name, out var list))
            {
                continue;
            }

            if (list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        var field = Text(item, "field") ?? Text(item, "path") ?? Text(item, "pointer") ?? Text(item, "param") ?? string.Empty;
                        var text = Text(item, "message") ?? Text(item, "error") ?? string.Empty;
                        result.Add(new FieldError(field, text));
                    }
                    else if (item.ValueKind == JsonValueKind.String)
                    {
                        result.Add(new FieldError(string.Empty, item.GetString()!));
                    }
                }
            }
            else if (list.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in list.EnumerateObject())
                {
                    var text = property.Value.ValueKind == JsonValueKind.Array
                        ? string.Join(" ", property.Value.EnumerateArray().Select(v => v.ToString()))
                        : property.Value.ToString();
                    result.Add(new FieldError(property.Name, text));
                }
            }
        }

        return result;
    }

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            // Sequenzy's "path" may be an array of segments.
            JsonValueKind.Array => string.Join(".", value.EnumerateArray().Select(v => v.ToString())),
            _ => null,
        };
    }
}
