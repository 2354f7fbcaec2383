using Microsoft.Extensions.Primitives;

namespace SubscriberSimulator.Core.Requests;

/// <summary>
/// A request's query parameters or headers: names compared case-insensitively, each with one or
/// more values. Hosts adapt their own collections (ASP.NET Core's IQueryCollection and
/// IHeaderDictionary, WireMock.Net's QueryIgnoreCase and Headers) without copying them.
/// </summary>
public interface IRequestValues
{
    /// <summary>Every name present, in no particular order.</summary>
    IEnumerable<string> Names { get; }

    bool TryGetValue(string name, out StringValues values);

    /// <summary>All values of a name; empty when it is absent.</summary>
    StringValues this[string name] => TryGetValue(name, out var values) ? values : StringValues.Empty;

    /// <summary>The first value of a name, or null when it is absent or empty.</summary>
    string? First(string name) => TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
