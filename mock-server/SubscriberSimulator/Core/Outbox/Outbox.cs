using System.Text.Json.Nodes;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Core.Outbox;

/// <summary>
/// Every message a provider would have sent, in the order they were committed. Bounded: past
/// <see cref="Capacity"/> the oldest messages are dropped so a long soak cannot exhaust memory.
/// </summary>
public sealed class Outbox : IStateParticipant
{
    private readonly object _gate = new();
    private readonly List<OutboxMessage> _messages = new();
    private long _nextId;

    public Outbox(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Capacity = options.OutboxCapacity;
    }

    public int Capacity { get; }

    public string StateKey => "outbox";

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>A fresh, process-unique message id ("msg_1", "msg_2", ...).</summary>
    public string NewId() => "msg_" + Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Add(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            _messages.Add(message);
            TrimLocked();
        }
    }

    /// <summary>Adds several messages at once, so a committing request's messages appear together.</summary>
    public void AddRange(IEnumerable<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        lock (_gate)
        {
            _messages.AddRange(messages);
            TrimLocked();
        }
    }

    /// <summary>Messages in commit order, optionally filtered by provider id and tenant id.</summary>
    public IReadOnlyList<OutboxMessage> List(string? provider = null, string? tenantId = null)
    {
        lock (_gate)
        {
            var result = new List<OutboxMessage>();
            foreach (var message in _messages)
            {
                if (provider is not null && !string.Equals(message.Provider, provider, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (tenantId is not null && !string.Equals(message.TenantId, tenantId, StringComparison.Ordinal))
                {
                    continue;
                }

                result.Add(message);
            }

            return result;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _messages.Clear();
        }
    }

    public JsonNode ExportState()
    {
        var array = new JsonArray();
        foreach (var message in List())
        {
            array.Add(OutboxJson.ToJson(message));
        }

        return new JsonObject { ["nextId"] = Interlocked.Read(ref _nextId), ["messages"] = array };
    }

    public void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // A section without its messages is refused, not read as an empty outbox the next save would keep.
        if (state["messages"] is not JsonArray saved)
        {
            throw new InvalidDataException("\"messages\" is missing or not an array");
        }

        var messages = new List<OutboxMessage>();
        foreach (var item in saved)
        {
            if (item is not null)
            {
                messages.Add(OutboxJson.FromJson(item));
            }
        }

        lock (_gate)
        {
            _messages.Clear();
            _messages.AddRange(messages);
            TrimLocked();
        }

        Interlocked.Exchange(ref _nextId, state["nextId"]?.GetValue<long>() ?? messages.Count);
    }

    private void TrimLocked()
    {
        var excess = _messages.Count - Capacity;
        if (excess > 0)
        {
            // Drop an extra tenth so trimming is amortised rather than a shift on every add.
            _messages.RemoveRange(0, Math.Min(_messages.Count, excess + (Capacity / 10)));
        }
    }
}
