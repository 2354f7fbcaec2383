namespace SubscriberSimulator.Core.Routing;

/// <summary>
/// An engine's routes: method + template -> operation, built once. <see cref="Match(string, string)"/>
/// decides the provider's 404 (no template matches the path) and 405 (a template matches, the
/// method does not) itself, so every host answers them the same way.
/// </summary>
/// <typeparam name="TOperation">What a route leads to (an API operation, a control).</typeparam>
public sealed class RouteTable<TOperation>
    where TOperation : class
{
    private readonly Entry[] _bySpecificity;

    public RouteTable(IEnumerable<(string Method, RouteTemplate Template, TOperation Operation)> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var entries = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (method, template, operation) in routes)
        {
            ArgumentException.ThrowIfNullOrEmpty(method);
            ArgumentNullException.ThrowIfNull(template);
            ArgumentNullException.ThrowIfNull(operation);
            if (!seen.Add(method + " " + template.Text))
            {
                throw new ArgumentException($"The route {method} {template.Text} is declared twice.", nameof(routes));
            }

            entries.Add(new Entry(method.ToUpperInvariant(), template, operation));
        }

        Routes = entries.Select(entry => new ProviderRoute(entry.Method, entry.Template)).ToArray();

        // Stable, so routes of equal specificity keep the order they were declared in.
        _bySpecificity = [.. entries.OrderBy(entry => entry, Comparer<Entry>.Create((a, b) => a.Template.CompareSpecificity(b.Template)))];
    }

    /// <summary>Every route, in the order declared.</summary>
    public IReadOnlyList<ProviderRoute> Routes { get; }

    public RouteMatch<TOperation> Match(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Match(method, path.AsSpan());
    }

    /// <summary>Matches a path given as a span (the part of the request path after the engine's prefix).</summary>
    public RouteMatch<TOperation> Match(string method, ReadOnlySpan<char> path)
    {
        ArgumentNullException.ThrowIfNull(method);
        Span<Range> segments = stackalloc Range[RouteTemplate.MaxSegments];
        if (!RouteTemplate.TrySplit(path, segments, out var count))
        {
            return new RouteMatch<TOperation>(RouteMatchKind.NotFound, null, RouteValues.Empty, string.Empty);
        }

        segments = segments[..count];
        var pathMatched = false;
        foreach (var entry in _bySpecificity)
        {
            if (!entry.Template.Matches(path, segments))
            {
                continue;
            }

            if (string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return new RouteMatch<TOperation>(RouteMatchKind.Found, entry.Operation, entry.Template.Capture(path, segments), string.Empty);
            }

            pathMatched = true;
        }

        return pathMatched
            ? new RouteMatch<TOperation>(RouteMatchKind.MethodNotAllowed, null, RouteValues.Empty, AllowedMethods(path, segments))
            : new RouteMatch<TOperation>(RouteMatchKind.NotFound, null, RouteValues.Empty, string.Empty);
    }

    private string AllowedMethods(ReadOnlySpan<char> path, ReadOnlySpan<Range> segments)
    {
        var methods = new List<string>();
        foreach (var entry in _bySpecificity)
        {
            if (entry.Template.Matches(path, segments) && !methods.Contains(entry.Method))
            {
                methods.Add(entry.Method);
            }
        }

        return string.Join(", ", methods);
    }

    private sealed record Entry(string Method, RouteTemplate Template, TOperation Operation);
}
