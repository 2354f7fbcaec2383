using System.Text.RegularExpressions;

namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// One regular expression from the metadata, built on first use. It starts interpreted and is
/// recompiled to IL once it proves hot, so a process that only ever sees a few countries does not
/// pay compile time and memory for the ~250 territories it never meets.
/// </summary>
internal sealed class MetadataPattern
{
    // Uses before a pattern is worth compiling: compiling costs about as much as a few thousand
    // interpreted matches, so only patterns on a hot path get there.
    internal const int CompileAfterUses = 2_000;

    private const RegexOptions BaseOptions = RegexOptions.CultureInvariant;

    private readonly string _anchoredSource;
    private Regex? _compiledRegex;
    private Regex? _interpretedRegex;
    private int _uses;

    public MetadataPattern(string source, PatternAnchoring anchoring)
    {
        Source = source;
        Anchoring = anchoring;
        // \z rather than $: .NET's $ also matches before a final newline.
        _anchoredSource = anchoring == PatternAnchoring.Entire ? $"^(?:{source})\\z" : $"^(?:{source})";
    }

    /// <summary>The pattern as the metadata gives it.</summary>
    public string Source { get; }

    public PatternAnchoring Anchoring { get; }

    /// <summary>True when <paramref name="digits"/> matches (entirely or as a prefix, per <see cref="Anchoring"/>).</summary>
    public bool IsMatch(ReadOnlySpan<char> digits) => GetRegex().IsMatch(digits);

    /// <summary>Length of the match at the start of <paramref name="digits"/>, or -1 when there is none.</summary>
    public int MatchLength(ReadOnlySpan<char> digits)
    {
        foreach (var match in GetRegex().EnumerateMatches(digits))
        {
            return match.Length;
        }

        return -1;
    }

    /// <summary>The match with its groups, for national-prefix extraction (allocates; use after <see cref="IsMatch"/>).</summary>
    public Match Match(string digits) => GetRegex().Match(digits);

    /// <summary>Replaces the first match in <paramref name="digits"/> using a .NET replacement pattern.</summary>
    public string ReplaceFirst(string digits, string replacement) => GetRegex().Replace(digits, replacement, 1);

    /// <summary>Builds the compiled regex now; used to check the whole metadata and to warm up.</summary>
    internal Regex BuildCompiled()
    {
        var compiled = new Regex(_anchoredSource, BaseOptions | RegexOptions.Compiled);
        // Racing threads may each compile one; keep the first so every caller shares it.
        var winner = Interlocked.CompareExchange(ref _compiledRegex, compiled, null) ?? compiled;
        _interpretedRegex = null;
        return winner;
    }

    private Regex GetRegex()
    {
        if (_compiledRegex is { } compiled)
        {
            return compiled;
        }

        // Racing threads may each build one; any of them is correct and the rest become garbage.
        var interpreted = _interpretedRegex ??= new Regex(_anchoredSource, BaseOptions);

        // A lost increment under contention only delays compilation slightly.
        return ++_uses >= CompileAfterUses ? BuildCompiled() : interpreted;
    }
}
