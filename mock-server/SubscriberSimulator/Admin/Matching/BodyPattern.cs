using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Admin.Matching;

/// <summary>One entry of "bodyPatterns": equalToJson, matchesJsonPath, or a string matcher on the body text.</summary>
internal sealed class BodyPattern
{
    private readonly JsonNode? _expectedJson;
    private readonly bool _ignoreArrayOrder;
    private readonly bool _ignoreExtraElements;
    private readonly JsonPathExpression? _path;
    private readonly StringMatcher? _valueMatcher;
    private readonly StringMatcher? _textMatcher;

    private BodyPattern(JsonNode? expectedJson, bool ignoreArrayOrder, bool ignoreExtraElements, JsonPathExpression? path, StringMatcher? valueMatcher, StringMatcher? textMatcher)
    {
        _expectedJson = expectedJson;
        _ignoreArrayOrder = ignoreArrayOrder;
        _ignoreExtraElements = ignoreExtraElements;
        _path = path;
        _valueMatcher = valueMatcher;
        _textMatcher = textMatcher;
    }

    public bool IsMatch(RequestBodyView body)
    {
        if (_textMatcher is not null)
        {
            return _textMatcher.IsMatch(body.Text);
        }

        if (!body.TryGetJson(out var json))
        {
            return false;
        }

        if (_path is not null)
        {
            var found = _path.Evaluate(json);
            if (found is null)
            {
                return false;
            }

            return _valueMatcher is null || _valueMatcher.IsMatch(found is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : found.ToJsonString());
        }

        return JsonComparison.AreEqual(_expectedJson, json, _ignoreArrayOrder, _ignoreExtraElements);
    }

    public static BodyPattern Parse(JsonNode? node, string pointer)
    {
        if (node is not JsonObject pattern)
        {
            throw new StubParseException(pointer, "A body pattern must be an object.");
        }

        if (pattern.TryGetPropertyValue("equalToJson", out var expected))
        {
            var json = expected is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? ParseJsonText(text, pointer + "/equalToJson") : expected?.DeepClone();
            return new BodyPattern(json, Flag(pattern, "ignoreArrayOrder"), Flag(pattern, "ignoreExtraElements"), null, null, null);
        }

        if (pattern.TryGetPropertyValue("matchesJsonPath", out var pathNode))
        {
            if (pathNode is JsonValue pathValue && pathValue.TryGetValue<string>(out var expression))
            {
                return new BodyPattern(null, false, false, JsonPathExpression.Parse(expression, pointer + "/matchesJsonPath"), null, null);
            }

            if (pathNode is JsonObject pathObject && pathObject["expression"] is JsonValue expressionValue && expressionValue.TryGetValue<string>(out var objectExpression))
            {
                var path = JsonPathExpression.Parse(objectExpression, pointer + "/matchesJsonPath/expression");
                var rest = pathObject.DeepClone().AsObject();
                rest.Remove("expression");
                var matcher = StringMatcher.IsStringMatcher(rest) ? StringMatcher.Parse(rest, pointer + "/matchesJsonPath") : null;
                return new BodyPattern(null, false, false, path, matcher, null);
            }

            throw new StubParseException(pointer + "/matchesJsonPath", "matchesJsonPath must be a string or {\"expression\": ..., \"equalTo\": ...}.");
        }

        if (StringMatcher.IsStringMatcher(pattern))
        {
            return new BodyPattern(null, false, false, null, null, StringMatcher.Parse(pattern, pointer));
        }

        throw new StubParseException(pointer, "Unsupported body pattern; use equalToJson, matchesJsonPath, equalTo, contains or matches.");
    }

    private static JsonNode? ParseJsonText(string text, string pointer)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new StubParseException(pointer, "equalToJson is not valid JSON: " + exception.Message);
        }
    }

    private static bool Flag(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
