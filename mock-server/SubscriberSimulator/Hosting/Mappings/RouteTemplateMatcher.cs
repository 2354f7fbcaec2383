using AnyOfTypes;
using SubscriberSimulator.Core.Routing;
using WireMock.Matchers;
using WireMock.Models;

namespace SubscriberSimulator.Hosting.Mappings;

/// <summary>
/// Matches a request path against an engine route's template, e.g.
/// "/essential/v2/account/subscribers/{subscriber_sid}", exactly as the engine's route table does
/// (literals case-insensitive, a parameter is one non-empty segment, one trailing slash allowed).
/// A WireMock.Net matcher of its own rather than a RegexMatcher: nothing to compile per server
/// start (WireMock.Net compiles every regex), and no allocation to match. Admin JSON knows it by
/// <see cref="MatcherName"/> (registered in WireMockServerSettings.CustomMatcherMappings).
/// </summary>
internal sealed class RouteTemplateMatcher : IStringMatcher
{
    public const string MatcherName = "RouteTemplateMatcher";

    private readonly RouteTemplate _template;

    public RouteTemplateMatcher(string template)
    {
        _template = new RouteTemplate(template);
    }

    public string Name => MatcherName;

    public MatchBehaviour MatchBehaviour => MatchBehaviour.AcceptOnMatch;

    public MatchOperator MatchOperator => MatchOperator.Or;

    public MatchResult IsMatch(string? input) => MatchResult.From(Name, MatchScores.ToScore(input is not null && Matches(input)));

    public AnyOf<string, StringPattern>[] GetPatterns() => [_template.Text];

    public string GetCSharpCodeArguments() => $"new {nameof(RouteTemplateMatcher)}(\"{_template.Text}\")";

    private bool Matches(string path)
    {
        Span<Range> segments = stackalloc Range[RouteTemplate.MaxSegments];
        return RouteTemplate.TrySplit(path, segments, out var count) && _template.Matches(path, segments[..count]);
    }
}
