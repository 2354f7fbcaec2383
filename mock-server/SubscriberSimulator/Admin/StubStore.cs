using System.Text.Json.Nodes;
using SubscriberSimulator.Admin.Matching;
using SubscriberSimulator.Core.Journal;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Admin;

/// <summary>
/// The stub mappings and scenario states. Matching and the scenario transition happen under one
/// lock, so two concurrent requests cannot both take a "match once" stub (WireMock's scenario race).
/// </summary>
internal sealed class StubStore : IStateParticipant
{
    private readonly object _gate = new();
    private readonly List<StubMapping> _ordered = new();
    private readonly Dictionary<string, string> _scenarios = new(StringComparer.Ordinal);
    private long _insertions;
    private volatile int _count;
    private volatile bool _needsBody;

    public string StateKey => "mappings";

    /// <summary>Read without the lock on the hot path: no stubs means nothing to match.</summary>
    public int Count => _count;

    /// <summary>True when some stub has bodyPatterns, so the body must be read before matching.</summary>
    public bool NeedsBody => _needsBody;

    /// <summary>Adds, or replaces a mapping with the same id (keeping its place among equals).</summary>
    public void Add(StubMapping mapping)
    {
        lock (_gate)
        {
            var existing = _ordered.FindIndex(item => item.Id == mapping.Id);
            if (existing >= 0)
            {
                _ordered.RemoveAt(existing);
            }

            mapping.InsertionIndex = ++_insertions;
            _ordered.Add(mapping);
            if (mapping.ScenarioName is { } scenario)
            {
                _scenarios.TryAdd(scenario, StubMapping.StartedState);
            }

            Reorder();
        }
    }

    public bool TryReplace(StubMapping mapping)
    {
        lock (_gate)
        {
            var existing = _ordered.FindIndex(item => item.Id == mapping.Id);
            if (existing < 0)
            {
                return false;
            }

            mapping.InsertionIndex = _ordered[existing].InsertionIndex;
            _ordered[existing] = mapping;
            if (mapping.ScenarioName is { } scenario)
            {
                _scenarios.TryAdd(scenario, StubMapping.StartedState);
            }

            Reorder();
            return true;
        }
    }

    public bool TryRemove(Guid id)
    {
        lock (_gate)
        {
            var removed = _ordered.RemoveAll(item => item.Id == id) > 0;
            Reorder();
            return removed;
        }
    }

    public StubMapping? Find(Guid id)
    {
        lock (_gate)
        {
            return _ordered.Find(item => item.Id == id);
        }
    }

    /// <summary>All mappings, newest first (WireMock's listing order).</summary>
    public IReadOnlyList<StubMapping> List()
    {
        lock (_gate)
        {
            return _ordered.OrderByDescending(item => item.InsertionIndex).ToArray();
        }
    }

    /// <summary>The best match (lowest priority number, then newest), applying its scenario transition.</summary>
    public StubMapping? Match(RequestSnapshot request, RequestBodyView body)
    {
        lock (_gate)
        {
            foreach (var mapping in _ordered)
            {
                if (mapping.ScenarioName is { } scenario && mapping.RequiredScenarioState is { } required
                    && !string.Equals(_scenarios.GetValueOrDefault(scenario, StubMapping.StartedState), required, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!mapping.Request.IsMatch(request, body))
                {
                    continue;
                }

                if (mapping.ScenarioName is { } name && mapping.NewScenarioState is { } next)
                {
                    _scenarios[name] = next;
                }

                return mapping;
            }

            return null;
        }
    }

    public IReadOnlyList<ScenarioInfo> Scenarios()
    {
        lock (_gate)
        {
            return _scenarios.Select(pair => new ScenarioInfo(pair.Key, pair.Value, PossibleStates(pair.Key))).ToArray();
        }
    }

    public void ResetScenarios()
    {
        lock (_gate)
        {
            foreach (var name in _scenarios.Keys.ToArray())
            {
                _scenarios[name] = StubMapping.StartedState;
            }
        }
    }

    public bool TrySetScenarioState(string name, string? state)
    {
        lock (_gate)
        {
            if (!_scenarios.ContainsKey(name))
            {
                return false;
            }

            _scenarios[name] = state ?? StubMapping.StartedState;
            return true;
        }
    }

    /// <summary>Deletes every mapping and scenario (DELETE /__admin/mappings, /__admin/reset).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _ordered.Clear();
            _scenarios.Clear();
            Reorder();
        }
    }

    public JsonNode ExportState()
    {
        lock (_gate)
        {
            var scenarios = new JsonObject();
            foreach (var pair in _scenarios)
            {
                scenarios[pair.Key] = pair.Value;
            }

            return new JsonObject
            {
                ["mappings"] = new JsonArray(_ordered.OrderBy(item => item.InsertionIndex).Select(item => (JsonNode)item.Json.DeepClone()).ToArray()),
                ["scenarios"] = scenarios,
            };
        }
    }

    public void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var mappings = (state["mappings"]?.AsArray() ?? new JsonArray()).Select(node => StubMapping.Parse(node!.AsObject())).ToArray();
        lock (_gate)
        {
            Reset();
            foreach (var mapping in mappings)
            {
                Add(mapping);
            }

            if (state["scenarios"] is JsonObject scenarios)
            {
                foreach (var pair in scenarios)
                {
                    _scenarios[pair.Key] = pair.Value?.GetValue<string>() ?? StubMapping.StartedState;
                }
            }
        }
    }

    private List<string> PossibleStates(string scenario)
    {
        var states = new List<string> { StubMapping.StartedState };
        foreach (var mapping in _ordered)
        {
            if (mapping.ScenarioName == scenario)
            {
                foreach (var state in new[] { mapping.RequiredScenarioState, mapping.NewScenarioState })
                {
                    if (state is not null && !states.Contains(state))
                    {
                        states.Add(state);
                    }
                }
            }
        }

        return states;
    }

    private void Reorder()
    {
        _ordered.Sort(static (left, right) => left.Priority != right.Priority
            ? left.Priority.CompareTo(right.Priority)
            : right.InsertionIndex.CompareTo(left.InsertionIndex));
        _count = _ordered.Count;
        _needsBody = _ordered.Exists(item => item.Request.NeedsBody);
    }
}
