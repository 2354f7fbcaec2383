using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>
/// Semantic JSON comparison: key order is ignored, numbers compare by value, date-time strings by
/// instant, and a null member equals a missing one (Kiota does not write null properties).
/// </summary>
internal static class JsonEquivalence
{
    public static string? FindDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var name in expectedObject.Select(p => p.Key).Union(actualObject.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (FindDifference(expectedObject[name], actualObject[name], path + "." + name) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{path}: expected {expectedArray.Count} items, got {actualArray.Count}";
                }

                for (var index = 0; index < expectedArray.Count; index++)
                {
                    if (FindDifference(expectedArray[index], actualArray[index], $"{path}[{index}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValue expectedValue when actual is JsonValue actualValue:
                return ValuesEqual(expectedValue, actualValue) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            default:
                return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static bool ValuesEqual(JsonValue expected, JsonValue actual)
    {
        var expectedKind = expected.GetValueKind();
        var actualKind = actual.GetValueKind();
        if (expectedKind == JsonValueKind.Number && actualKind == JsonValueKind.Number)
        {
            return decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (expectedKind == JsonValueKind.String && actualKind == JsonValueKind.String)
        {
            var left = expected.GetValue<string>();
            var right = actual.GetValue<string>();
            if (left == right)
            {
                return true;
            }

            return left.Contains('T', StringComparison.Ordinal)
                && DateTimeOffset.TryParse(left, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var leftDate)
                && DateTimeOffset.TryParse(right, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rightDate)
                && leftDate == rightDate;
        }

        return expectedKind == actualKind && expected.ToJsonString() == actual.ToJsonString();
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null/missing";
}
