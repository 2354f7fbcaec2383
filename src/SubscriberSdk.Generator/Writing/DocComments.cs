namespace SubscriberSdk.Generator.Writing;

/// <summary>XML doc comments from spec text: escaped, one "///" line per source line, never empty.</summary>
internal static class DocComments
{
    public static void Summary(CodeWriter writer, string? text, string fallback) => Element(writer, "summary", text, fallback);

    public static void Remarks(CodeWriter writer, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element(writer, "remarks", text, string.Empty);
        }
    }

    public static void Param(CodeWriter writer, string name, string? text, string fallback) =>
        writer.Line($"/// <param name=\"{name}\">{Inline(text, fallback)}</param>");

    public static void Returns(CodeWriter writer, string text) => writer.Line($"/// <returns>{text}</returns>");

    public static string Cref(string typeName) => $"<see cref=\"{typeName.Replace('<', '{').Replace('>', '}')}\"/>";

    private static void Element(CodeWriter writer, string tag, string? text, string fallback)
    {
        var lines = Lines(text, fallback);
        writer.Line($"/// <{tag}>");
        foreach (var line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line($"/// </{tag}>");
    }

    private static string Inline(string? text, string fallback) => string.Join(' ', Lines(text, fallback).Where(l => l.Length > 0));

    /// <summary>Escapes only what XML requires in text, so quotes and apostrophes stay readable.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static List<string> Lines(string? text, string fallback)
    {
        // The fallback is written by the generator and may already hold XML (<c>, <see/>); spec text is escaped.
        var useFallback = string.IsNullOrWhiteSpace(text);
        var source = useFallback ? fallback : text!;
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => useFallback ? l.TrimEnd() : Escape(l.TrimEnd()))
            .ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
