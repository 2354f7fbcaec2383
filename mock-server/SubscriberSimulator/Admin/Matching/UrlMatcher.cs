using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SubscriberSimulator.Core.Journal;

namespace SubscriberSimulator.Admin.Matching;

/// <summary>
/// WireMock's URL forms: url (path + query, exact), urlPattern (regex on path + query),
/// urlPath (path only, exact), urlPathPattern (regex on the path). None given: any URL.
/// </summary>
internal sealed class UrlMatcher
{
    private static readonly string[] Keys = ["url", "urlPattern", "urlPath", "urlPathPattern"];

    private readonly string _key;
    private readonly string _value;
    private readonly Regex? _regex;

    private UrlMatcher(string key, string value, Regex? regex)
    {
        _key = key;
        _value = value;
        _regex = regex;
    }

    public static UrlMatcher Any { get; } = new(string.Empty, string.Empty, null);

    public bool IsMatch(RequestSnapshot request) => _key switch
    {
        "url" => string.Equals(request.Url, _value, StringComparison.Ordinal),
        "urlPattern" => _regex!.IsMatch(request.Url),
        "urlPath" => string.Equals(request.Path, _value, StringComparison.Ordinal),
        "urlPathPattern" => _regex!.IsMatch(request.Path),
        _ => true,
    };

    public static UrlMatcher Parse(JsonObject request, string pointer)
    {
        UrlMatcher? found = null;
        foreach (var key in Keys)
        {
            if (request[key] is null)
            {
                continue;
            }

            if (found is not null)
            {
                throw new StubParseException(pointer + "/" + key, "Give only one of url, urlPattern, urlPath and urlPathPattern.");
            }

            var value = request[key] is JsonValue scalar && scalar.TryGetValue<string>(out var text)
                ? text
                : throw new StubParseException(pointer + "/" + key, key + " must be a string.");
            var regex = key.EndsWith("Pattern", StringComparison.Ordinal) ? StringMatcher.CompileRegex(value, pointer + "/" + key) : null;
            found = new UrlMatcher(key, value, regex);
        }

        return found ?? Any;
    }
}
