using System.Collections.Concurrent;

namespace SubscriberSimulator.Engines.Sequenzy.Domain;

/// <summary>Workspaces by id and by API key. Lookups are lock-free; adding takes a lock so id and key stay unique together.</summary>
internal sealed class WorkspaceRegistry
{
    private readonly ConcurrentDictionary<string, SequenzyWorkspace> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SequenzyWorkspace> _byApiKey = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public SequenzyWorkspace? FindById(string id) => _byId.TryGetValue(id, out var workspace) ? workspace : null;

    public SequenzyWorkspace? FindByApiKey(string apiKey) => _byApiKey.TryGetValue(apiKey, out var workspace) ? workspace : null;

    /// <summary>Adds a key to a registered workspace; false when any workspace already has it.</summary>
    public bool TryAddKey(SequenzyWorkspace workspace, SequenzyApiKey key)
    {
        lock (_gate)
        {
            if (_byApiKey.ContainsKey(key.Key))
            {
                return false;
            }

            lock (workspace.Gate)
            {
                workspace.ApiKeys.Add(key);
            }

            _byApiKey[key.Key] = workspace;
            return true;
        }
    }

    /// <summary>Workspaces ordered by id.</summary>
    public IReadOnlyList<SequenzyWorkspace> All()
    {
        var all = new List<SequenzyWorkspace>(_byId.Values);
        all.Sort((left, right) => string.CompareOrdinal(left.Id, right.Id));
        return all;
    }

    /// <summary>False when the id or the API key is already taken.</summary>
    public bool TryAdd(SequenzyWorkspace workspace)
    {
        lock (_gate)
        {
            if (_byId.ContainsKey(workspace.Id))
            {
                return false;
            }

            foreach (var key in workspace.ApiKeys)
            {
                if (_byApiKey.ContainsKey(key.Key))
                {
                    return false;
                }
            }

            _byId[workspace.Id] = workspace;
            foreach (var key in workspace.ApiKeys)
            {
                _byApiKey[key.Key] = workspace;
            }

            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byId.Clear();
            _byApiKey.Clear();
        }
    }
}
