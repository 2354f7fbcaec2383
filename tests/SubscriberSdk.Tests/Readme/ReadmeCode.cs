using SubscriberSdk.TestSupport.Repository;

namespace SubscriberSdk.Tests.Readme;

/// <summary>Reads code blocks out of a README and the marked region out of the source file that compiles them.</summary>
internal static class ReadmeCode
{
    private const string Begin = "// README quick start: begin";
    private const string End = "// README quick start: end";

    public static string RepositoryFile(string relativePath) => RepositoryPaths.File(relativePath);

    public static string[] FirstCSharpBlock(string markdown)
    {
        var lines = markdown.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var start = Array.IndexOf(lines, "```csharp");
        Assert.True(start >= 0, "the README has no ```csharp block");
        var end = Array.IndexOf(lines, "```", start + 1);
        return lines[(start + 1)..end];
    }

    /// <summary>The block's statements: without usings, the simulator address line and blank lines, trimmed.</summary>
    public static string[] Statements(IEnumerable<string> block) =>
        [.. block.Where(line => !line.StartsWith("using ", StringComparison.Ordinal) && !line.StartsWith("var simulator =", StringComparison.Ordinal))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)];

    public static string[] MarkedRegion(IReadOnlyList<string> source)
    {
        var lines = source.Select(line => line.Trim()).ToList();
        var start = lines.IndexOf(Begin);
        var end = lines.IndexOf(End);
        Assert.True(start >= 0 && end > start, "the source file has no quick start markers");
        return [.. lines.Skip(start + 1).Take(end - start - 1).Where(line => line.Length > 0)];
    }
}
