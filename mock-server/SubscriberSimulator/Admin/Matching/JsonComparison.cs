using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Admin.Matching;

/// <summary>equalToJson semantics: numbers compare by value; optional ignoreArrayOrder and ignoreExtraElements.</summary>
internal static class JsonComparison
{
    public static bool AreEqual(JsonNode? expected, JsonNode? actual, bool ignoreArrayOrder, bool ignoreExtraElements)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject || (!ignoreExtraElements && actualObject.Count != expectedObject.Count))
                {
                    return false;
                }

                foreach (var pair in expectedObject)
                {
                    if (!actualObject.TryGetPropertyValue(pair.Key, out var actualValue)
                        || !AreEqual(pair.Value, actualValue, ignoreArrayOrder, ignoreExtraElements))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray expectedArray:
                return actual is JsonArray actualArray && ArraysEqual(expectedArray, actualArray, ignoreArrayOrder, ignoreExtraElements);
            default:
                return actual is JsonValue && ValuesEqual(expected.AsValue(), actual.AsValue());
        }
    }

    private static bool ArraysEqual(JsonArray expected, JsonArray actual, bool ignoreOrder, bool ignoreExtra)
    {
        if (expected.Count != actual.Count && !(ignoreExtra && actual.Count > expected.Count))
        {
            return false;
        }

        if (!ignoreOrder)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (!AreEqual(expected[i], actual[i], ignoreOrder, ignoreExtra))
                {
                    return false;
                }
            }

            return true;
        }

        var used = new bool[actual.Count];
        foreach (var item in expected)
        {
            var found = false;
            for (var j = 0; j < actual.Count && !found; j++)
            {
                if (!used[j] && AreEqual(item, actual[j], ignoreOrder, ignoreExtra))
                {
                    used[j] = true;
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ValuesEqual(JsonValue expected, JsonValue actual)
    {
        var expectedKind = expected.GetValueKind();
        var actualKind = actual.GetValueKind();
        if (expectedKind != actualKind)
        {
            return false;
        }

        return expectedKind switch
        {
            JsonValueKind.Number => NumbersEqual(expected, actual),
            JsonValueKind.String => string.Equals(expected.GetValue<string>(), actual.GetValue<string>(), StringComparison.Ordinal),
            _ => true,
        };
    }

    private static bool NumbersEqual(JsonValue expected, JsonValue actual)
    {
        var left = decimal.Parse(expected.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        var right = decimal.Parse(actual.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        return left == right;
    }
}
