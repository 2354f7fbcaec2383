using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SubscriberSimulator.Admin.Matching;

/// <summary>WireMock's string value matchers: equalTo (caseInsensitive), contains, doesNotContain, matches, doesNotMatch, absent.</summary>
internal sealed class StringMatcher
{
    private StringMatcher(StringMatchKind kind, string expected, Regex? regex, bool caseInsensitive)
    {
        Kind = kind;
        Expected = expected;
        Regex = regex;
        CaseInsensitive = caseInsensitive;
    }

    public StringMatchKind Kind { get; }

    public string Expected { get; }

    public Regex? Regex { get; }

    public bool CaseInsensitive { get; }

    /// <summary>Matches one value; null means the header or parameter is absent.</summary>
    public bool IsMatch(string? actual) => Kind switch
    {
        StringMatchKind.Absent => actual is null,
        _ when actual is null => false,
        StringMatchKind.EqualTo => string.Equals(actual, Expected, CaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal),
        StringMatchKind.Contains => actual.Contains(Expected, StringComparison.Ordinal),
        StringMatchKind.DoesNotContain => !actual.Contains(Expected, StringComparison.Ordinal),
        StringMatchKind.Matches => Regex!.IsMatch(actual),
        StringMatchKind.DoesNotMatch => !Regex!.IsMatch(actual),
        _ => false,
    };

    /// <summary>Any of several values (repeated header or parameter) satisfies the matcher; "absent" needs none.</summary>
    public bool IsMatchAny(IReadOnlyList<string?>? values)
    {
        if (values is null || values.Count == 0)
        {
            return IsMatch(null);
        }

        if (Kind == StringMatchKind.Absent)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when this JSON object is a string matcher (has one of the operator keys).</summary>
    public static bool IsStringMatcher(JsonObject node) =>
        node.ContainsKey("equalTo") || node.ContainsKey("contains") || node.ContainsKey("doesNotContain")
        || node.ContainsKey("matches") || node.ContainsKey("doesNotMatch") || node.ContainsKey("absent");

    public static StringMatcher Parse(JsonNode? node, string pointer)
    {
        if (node is not JsonObject matcher)
        {
            throw new StubParseException(pointer, "A matcher must be an object such as {\"equalTo\": \"value\"}.");
        }

        var caseInsensitive = matcher["caseInsensitive"] is JsonValue flag && flag.TryGetValue<bool>(out var insensitive) && insensitive;
        if (matcher["absent"] is not null)
        {
            return new StringMatcher(StringMatchKind.Absent, string.Empty, null, false);
        }

        foreach (var (key, kind) in Operators)
        {
            if (matcher[key] is { } value)
            {
                var expected = value is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? text : value.ToJsonString();
                var regex = kind is StringMatchKind.Matches or StringMatchKind.DoesNotMatch ? CompileRegex(expected, pointer + "/" + key) : null;
                return new StringMatcher(kind, expected, regex, caseInsensitive);
            }
        }

        throw new StubParseException(pointer, "Unsupported matcher; use equalTo, contains, doesNotContain, matches, doesNotMatch or absent.");
    }

    /// <summary>WireMock (Java) regexes must match the whole value.</summary>
    public static Regex CompileRegex(string pattern, string pointer)
    {
        try
        {
            return new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            throw new StubParseException(pointer, "Invalid regular expression: " + exception.Message);
        }
    }

    private static readonly (string Key, StringMatchKind Kind)[] Operators =
    [
        ("equalTo", StringMatchKind.EqualTo),
        ("contains", StringMatchKind.Contains),
        ("doesNotContain", StringMatchKind.DoesNotContain),
        ("matches", StringMatchKind.Matches),
        ("doesNotMatch", StringMatchKind.DoesNotMatch),
    ];
}
