using System.Globalization;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Admin.Matching;

/// <summary>
/// The simple JSONPath subset stubs use: "$", ".name", "['name']", "[index]" (e.g.
/// "$.records[0].email"). Filters and wildcards are rejected when the stub is created.
/// </summary>
internal sealed class JsonPathExpression
{
    private readonly object[] _steps;

    private JsonPathExpression(string text, object[] steps)
    {
        Text = text;
        _steps = steps;
    }

    public string Text { get; }

    public static JsonPathExpression Parse(string text, string pointer)
    {
        if (!text.StartsWith('$'))
        {
            throw new StubParseException(pointer, "A JSONPath must start with '$'.");
        }

        var steps = new List<object>();
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var start = ++i;
                while (i < text.Length && text[i] != '.' && text[i] != '[')
                {
                    i++;
                }

                var name = text[start..i];
                if (name.Length == 0 || name == "*")
                {
                    throw Unsupported(text, pointer);
                }

                steps.Add(name);
            }
            else if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                if (end < 0)
                {
                    throw Unsupported(text, pointer);
                }

                var inside = text[(i + 1)..end].Trim();
                if (inside.Length >= 2 && (inside[0] == '\'' || inside[0] == '"') && inside[^1] == inside[0])
                {
                    steps.Add(inside[1..^1]);
                }
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    steps.Add(index);
                }
                else
                {
                    throw Unsupported(text, pointer);
                }

                i = end + 1;
            }
            else
            {
                throw Unsupported(text, pointer);
            }
        }

        return new JsonPathExpression(text, steps.ToArray());
    }

    /// <summary>The node at the path, or null when any step is missing.</summary>
    public JsonNode? Evaluate(JsonNode? root)
    {
        var current = root;
        foreach (var step in _steps)
        {
            current = step switch
            {
                string name when current is JsonObject obj => obj[name],
                int index when current is JsonArray array && index < array.Count => array[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static StubParseException Unsupported(string text, string pointer) =>
        new(pointer, $"Unsupported JSONPath '{text}': only $.name, ['name'] and [index] steps are supported.");
}
