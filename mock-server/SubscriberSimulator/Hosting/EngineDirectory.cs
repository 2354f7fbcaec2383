using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Hosting;

/// <summary>The registered engines, looked up by id or by the path prefix a request falls under.</summary>
public sealed class EngineDirectory
{
    private readonly IProviderEngine[] _engines;

    public EngineDirectory(IEnumerable<IProviderEngine> engines)
    {
        ArgumentNullException.ThrowIfNull(engines);
        _engines = engines.ToArray();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var engine in _engines)
        {
            if (!ids.Add(engine.Id))
            {
                throw new InvalidOperationException($"Two engines share the id '{engine.Id}'.");
            }

            if (!engine.PathPrefix.StartsWith('/') || engine.PathPrefix.EndsWith('/') || !prefixes.Add(engine.PathPrefix))
            {
                throw new InvalidOperationException($"Engine '{engine.Id}' has an invalid or duplicate path prefix '{engine.PathPrefix}' (it must start, and not end, with '/').");
            }
        }
    }

    public IReadOnlyList<IProviderEngine> All => _engines;

    public IProviderEngine? FindById(string id)
    {
        foreach (var engine in _engines)
        {
            if (string.Equals(engine.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return engine;
            }
        }

        return null;
    }

    /// <summary>The engine whose prefix the path starts with, on a segment boundary.</summary>
    public IProviderEngine? FindByPath(PathString path)
    {
        foreach (var engine in _engines)
        {
            if (path.StartsWithSegments(engine.PathPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return engine;
            }
        }

        return null;
    }
}
