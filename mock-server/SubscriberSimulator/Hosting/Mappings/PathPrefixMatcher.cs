using AnyOfTypes;
using WireMock.Matchers;
using WireMock.Models;

namespace SubscriberSimulator.Hosting.Mappings;

/// <summary>
/// Matches a path at or under a prefix on a segment boundary ("/essential" matches "/essential" and
/// "/essential/v2/...", not "/essentials"), case-insensitively: the catch-all through which an engine
/// answers its own 404 and 405. Known to admin JSON by <see cref="MatcherName"/>.
/// </summary>
internal sealed class PathPrefixMatcher : IStringMatcher
{
    public const string MatcherName = "PathPrefixMatcher";

    private readonly string _prefix;

    public PathPrefixMatcher(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        _prefix = prefix.TrimEnd('/');
    }

    public string Name => MatcherName;

    public MatchBehaviour MatchBehaviour => MatchBehaviour.AcceptOnMatch;

    public MatchOperator MatchOperator => MatchOperator.Or;

    public MatchResult IsMatch(string? input) => MatchResult.From(Name, MatchScores.ToScore(input is not null && IsUnder(input, _prefix)));

    public AnyOf<string, StringPattern>[] GetPatterns() => [_prefix];

    public string GetCSharpCodeArguments() => $"new {nameof(PathPrefixMatcher)}(\"{_prefix}\")";

    /// <summary>True when <paramref name="path"/> is <paramref name="prefix"/> or lies under it.</summary>
    public static bool IsUnder(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
