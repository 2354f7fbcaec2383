using System.Text;
using System.Text.RegularExpressions;

namespace SubscriberSimulator.Core.Routing;

/// <summary>
/// A path template such as "/v2/account/channels/{channel_sid}/subscribers/upsert": literal
/// segments (compared case-insensitively, as ASP.NET Core does) and whole-segment parameters.
/// Matching works on segment ranges of the request path, so it allocates only the captured values.
/// </summary>
public sealed partial class RouteTemplate
{
    /// <summary>More segments than this never match; no provider route comes close.</summary>
    public const int MaxSegments = 16;

    // Per segment: the literal text, or null for a parameter.
    private readonly string?[] _literals;
    private readonly string[] _parameterNames;
    private readonly int[] _parameterSegments;

    public RouteTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!template.StartsWith('/') || template.Length == 1)
        {
            throw new ArgumentException($"Route template '{template}' must start with '/' and name at least one segment.", nameof(template));
        }

        var segments = template[1..].TrimEnd('/').Split('/');
        if (segments.Length > MaxSegments)
        {
            throw new ArgumentException($"Route template '{template}' has more than {MaxSegments} segments.", nameof(template));
        }

        _literals = new string?[segments.Length];
        var names = new List<string>();
        var positions = new List<int>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.StartsWith('{') && segment.EndsWith('}') && ParameterName().IsMatch(segment[1..^1]))
            {
                var name = segment[1..^1];
                if (names.Contains(name))
                {
                    throw new ArgumentException($"Route template '{template}' names '{{{name}}}' twice.", nameof(template));
                }

                names.Add(name);
                positions.Add(i);
            }
            else if (segment.Length == 0 || segment.AsSpan().IndexOfAny('{', '}') >= 0)
            {
                throw new ArgumentException($"Route template '{template}' has an empty or malformed segment '{segment}'.", nameof(template));
            }
            else
            {
                _literals[i] = segment;
            }
        }

        Text = template;
        _parameterNames = [.. names];
        _parameterSegments = [.. positions];
    }

    public string Text { get; }

    public override string ToString() => Text;

    /// <summary>
    /// A regular expression for the whole request path, with <paramref name="pathPrefix"/> in front:
    /// for hosts that register each route with their own matcher. A parameter matches one non-empty
    /// segment; a trailing slash is allowed, as the route table allows it.
    /// </summary>
    public string ToRegex(string pathPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var pattern = new StringBuilder("^").Append(Regex.Escape(pathPrefix));
        foreach (var literal in _literals)
        {
            pattern.Append('/').Append(literal is null ? "[^/]+" : "(?i:" + Regex.Escape(literal) + ")");
        }

        return pattern.Append("/?$").ToString();
    }

    /// <summary>
    /// Splits a path ("/a/b/c", one trailing slash allowed) into segment ranges. False when it has
    /// no segment or more than <paramref name="ranges"/> holds.
    /// </summary>
    internal static bool TrySplit(ReadOnlySpan<char> path, Span<Range> ranges, out int count)
    {
        count = 0;
        if (path.Length < 2 || path[0] != '/')
        {
            return false;
        }

        var start = 1;
        var end = path[^1] == '/' ? path.Length - 1 : path.Length;
        if (end <= start)
        {
            return false;
        }

        while (true)
        {
            if (count == ranges.Length)
            {
                return false;
            }

            var slash = path[start..end].IndexOf('/');
            if (slash < 0)
            {
                ranges[count++] = new Range(start, end);
                return true;
            }

            ranges[count++] = new Range(start, start + slash);
            start += slash + 1;
        }
    }

    /// <summary>True when every literal equals its segment and every parameter's segment is non-empty.</summary>
    internal bool Matches(ReadOnlySpan<char> path, ReadOnlySpan<Range> segments)
    {
        if (segments.Length != _literals.Length)
        {
            return false;
        }

        for (var i = 0; i < _literals.Length; i++)
        {
            var segment = path[segments[i]];
            var matches = _literals[i] is { } literal
                ? segment.Equals(literal, StringComparison.OrdinalIgnoreCase)
                : segment.Length > 0;
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    internal RouteValues Capture(ReadOnlySpan<char> path, ReadOnlySpan<Range> segments)
    {
        if (_parameterNames.Length == 0)
        {
            return RouteValues.Empty;
        }

        var values = new string[_parameterNames.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = path[segments[_parameterSegments[i]]].ToString();
        }

        return new RouteValues(_parameterNames, values);
    }

    /// <summary>
    /// Negative when this template is more specific: of two templates that can match the same
    /// path, a literal segment beats a parameter, left to right (ASP.NET Core's precedence), so
    /// "/subscribers/bulk" wins over "/subscribers/{id}". Templates of different lengths never match
    /// the same path; comparing their lengths last keeps the order total, as sorting needs.
    /// </summary>
    internal int CompareSpecificity(RouteTemplate other)
    {
        var length = Math.Min(_literals.Length, other._literals.Length);
        for (var i = 0; i < length; i++)
        {
            var mine = _literals[i] is null ? 1 : 0;
            var theirs = other._literals[i] is null ? 1 : 0;
            if (mine != theirs)
            {
                return mine - theirs;
            }
        }

        return _literals.Length - other._literals.Length;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ParameterName();
}
