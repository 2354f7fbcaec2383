namespace SubscriberSimulator.Core.Routing;

/// <summary>The values a route template captured, by parameter name (<c>{channel_sid}</c> is "channel_sid").</summary>
public sealed class RouteValues
{
    private readonly string[] _names;
    private readonly string[] _values;

    internal RouteValues(string[] names, string[] values)
    {
        _names = names;
        _values = values;
    }

    public static RouteValues Empty { get; } = new([], []);

    /// <summary>
    /// The value of a parameter the route's template declares. Asking for one it does not declare
    /// is a bug in the engine, not bad input, so it throws.
    /// </summary>
    public string this[string name] =>
        TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"The route template has no parameter '{{{name}}}'.");

    public bool TryGetValue(string name, out string value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = string.Empty;
        return false;
    }
}
