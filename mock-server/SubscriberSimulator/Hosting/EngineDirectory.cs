using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting.Mappings;

namespace SubscriberSimulator.Hosting;

/// <summary>The registered engines, looked up by the path a request falls under.</summary>
public sealed class EngineDirectory
{
    private const string ControlRoot = "/__sim/";

    private readonly ISimulatorEngine[] _engines;
    private readonly string[] _controlPrefixes;

    public EngineDirectory(IEnumerable<ISimulatorEngine> engines)
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

        _controlPrefixes = _engines.Select(engine => ControlRoot + engine.Id).ToArray();
    }

    public IReadOnlyList<ISimulatorEngine> All => _engines;

    /// <summary>The engine whose prefix the path starts with, on a segment boundary.</summary>
    public ISimulatorEngine? FindByPath(string path)
    {
        foreach (var engine in _engines)
        {
            if (PathPrefixMatcher.IsUnder(path, engine.PathPrefix))
            {
                return engine;
            }
        }

        return null;
    }

    /// <summary>The engine whose controls (/__sim/{id}/...) the path addresses.</summary>
    public ISimulatorEngine? FindByControlPath(string path)
    {
        for (var i = 0; i < _engines.Length; i++)
        {
            if (PathPrefixMatcher.IsUnder(path, _controlPrefixes[i]))
            {
                return _engines[i];
            }
        }

        return null;
    }
}
