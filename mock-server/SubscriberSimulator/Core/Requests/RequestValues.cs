using Microsoft.Extensions.Primitives;

namespace SubscriberSimulator.Core.Requests;

/// <summary>
/// <see cref="IRequestValues"/> over a dictionary: for hosts whose collections are not
/// case-insensitive (WireMock.Net's header dictionary) and for tests that build requests by hand.
/// </summary>
public sealed class RequestValues : IRequestValues
{
    private readonly Dictionary<string, StringValues> _values;

    public RequestValues(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            _values[name] = _values.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : value;
        }
    }

    /// <summary>No values at all.</summary>
    public static RequestValues Empty { get; } = new([]);

    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Single-valued pairs, e.g. <c>RequestValues.Of(("Authorization", "Bearer x"))</c>.</summary>
    public static RequestValues Of(params (string Name, string Value)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return new(pairs.Select(pair => KeyValuePair.Create(pair.Name, new StringValues(pair.Value))));
    }

    public bool TryGetValue(string name, out StringValues values) => _values.TryGetValue(name, out values);
}
