using System.Text.Json;
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

    // Messages trimmed from the front since the last reset: a message's position (its index plus
    // this) never changes, so a page cursor stays valid while older messages are dropped.
    private long _dropped;

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
    /// <summary>
    /// The matching messages from position <paramref name="from"/> on (0: the oldest kept), at most
    /// <paramref name="limit"/>; a cursor older than the oldest kept message starts at the oldest.
    /// </summary>
    internal OutboxPage Page(string? provider, string? tenantId, long from, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (_gate)
        {
            var start = (int)Math.Clamp(from - _dropped, 0, _messages.Count);
            var page = new List<OutboxMessage>(Math.Min(limit, _messages.Count - start));
            long? next = null;
            var total = 0;
            for (var index = 0; index < _messages.Count; index++)
            {
                var message = _messages[index];
                if (!Matches(message, provider, tenantId))
                {
                    continue;
                }

                total++;
                if (index < start || next is not null)
                {
                    continue;
                }

                if (page.Count == limit)
                {
                    next = _dropped + index;
                    continue;
                }

                page.Add(message);
            }

            return new OutboxPage(page, total, next);
        }
    }

    public IReadOnlyList<OutboxMessage> List(string? provider = null, string? tenantId = null)
    {
        lock (_gate)
        {
            var result = new List<OutboxMessage>();
            foreach (var message in _messages)
            {
                if (Matches(message, provider, tenantId))
                {
                    result.Add(message);
                }
            }

            return result;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            // Positions keep growing across a reset, so an old cursor never lands mid-way into new messages.
            _dropped += _messages.Count;
            _messages.Clear();
        }
    }

    /// <summary>Copies the list under the outbox's lock (its messages are immutable), then writes outside it.</summary>
    public void WriteState(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var messages = List();
        writer.WriteStartObject();
        writer.WriteNumber("nextId", Interlocked.Read(ref _nextId));
        writer.WriteStartArray("messages");
        foreach (var message in messages)
        {
            OutboxJson.Write(writer, message);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public JsonNode ExportState() => StateJson.ToNode(WriteState);

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
            _dropped += _messages.Count;
            _messages.Clear();
            _messages.AddRange(messages);
            TrimLocked();
        }

        Interlocked.Exchange(ref _nextId, state["nextId"]?.GetValue<long>() ?? messages.Count);
    }

    private static bool Matches(OutboxMessage message, string? provider, string? tenantId) =>
        (provider is null || string.Equals(message.Provider, provider, StringComparison.OrdinalIgnoreCase))
        && (tenantId is null || string.Equals(message.TenantId, tenantId, StringComparison.Ordinal));

    private void TrimLocked()
    {
        var excess = _messages.Count - Capacity;
        if (excess > 0)
        {
            // Drop an extra tenth so trimming is amortised rather than a shift on every add.
            var count = Math.Min(_messages.Count, excess + (Capacity / 10));
            _messages.RemoveRange(0, count);
            _dropped += count;
        }
    }
}
