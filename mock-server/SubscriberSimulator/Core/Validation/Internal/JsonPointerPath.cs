using System.Text;

namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>The current position while validating; a string is built only when a violation is reported.</summary>
internal sealed class JsonPointerPath
{
    private readonly List<string> _segments = new();

    public void Push(string segment) => _segments.Add(segment);

    public void Push(int index) => _segments.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public string Build(string? child = null)
    {
        var builder = new StringBuilder();
        foreach (var segment in _segments)
        {
            Append(builder, segment);
        }

        if (child is not null)
        {
            Append(builder, child);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string segment) =>
        builder.Append('/').Append(segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
