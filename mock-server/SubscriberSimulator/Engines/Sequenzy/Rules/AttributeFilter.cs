using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>The <c>attribute=name:value</c> filter with its <c>attributeOperator</c> (default <c>is</c>).</summary>
internal sealed record AttributeFilter(string Name, string Value, string Operator)
{
    public bool Matches(SequenzySubscriber subscriber)
    {
        var raw = CustomAttributes.Get(subscriber.Attributes, Name);
        if (raw is null)
        {
            return false;
        }

        var text = AsText(raw);
        return Operator switch
        {
            "is_not_empty" => text.Length > 0,
            "contains" => text.Contains(Value, StringComparison.OrdinalIgnoreCase),
            "gt" or "gte" or "lt" or "lte" => Compare(text) is { } comparison && Operator switch
            {
                "gt" => comparison > 0,
                "gte" => comparison >= 0,
                "lt" => comparison < 0,
                _ => comparison <= 0,
            },
            _ => string.Equals(text, Value, StringComparison.OrdinalIgnoreCase),
        };
    }

    private int? Compare(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var left)
        && decimal.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var right)
            ? left.CompareTo(right)
            : null;

    // Strings compare by their content, everything else by its JSON text (5, true, null).
    private static string AsText(string rawJson)
    {
        using var document = JsonDocument.Parse(rawJson);
        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.String => root.GetString() ?? string.Empty,
            JsonValueKind.Null => string.Empty,
            _ => root.GetRawText(),
        };
    }
}
