using System.Text;
using SubscriberSdk.Generator.Writing;

namespace SubscriberSdk.Generator.Output;

/// <summary>Reads, compares and rewrites a generated-output folder.</summary>
internal static class OutputFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes files whose content changed and removes the stale ones the generator no longer produces.</summary>
    public static void Sync(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var expected = files.ToDictionary(f => Normalize(Path.Combine(folder, f.RelativePath)), f => f.Content, StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var existing in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (!expected.ContainsKey(Normalize(existing)))
                {
                    File.Delete(existing);
                }
            }
        }

        foreach (var (path, content) in expected)
        {
            if (File.Exists(path) && File.ReadAllText(path, Utf8NoBom) == content)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, Utf8NoBom);
        }

        RemoveEmptyDirectories(folder);
    }

    /// <summary>Relative paths (with '/') that are missing, different or extra compared with <paramref name="files"/>.</summary>
    public static IReadOnlyList<string> Differences(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var differences = new List<string>();
        var expected = files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        var actual = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var (relative, content) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!actual.Contains(relative))
            {
                differences.Add(relative + " (missing)");
            }
            else if (File.ReadAllText(Path.Combine(folder, relative), Utf8NoBom) != content)
            {
                differences.Add(relative + " (differs)");
            }
        }

        differences.AddRange(actual.Where(a => !expected.ContainsKey(a)).OrderBy(a => a, StringComparer.Ordinal).Select(a => a + " (stale)"));
        return differences;
    }

    public static void WriteText(string path, string content) => File.WriteAllText(path, content, Utf8NoBom);

    public static string? ReadText(string path) => File.Exists(path) ? File.ReadAllText(path, Utf8NoBom) : null;

    private static void RemoveEmptyDirectories(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
    }

    private static string Normalize(string path) => Path.GetFullPath(path);
}
