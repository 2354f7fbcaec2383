namespace SubscriberSimulator.Core.Journal;

/// <summary>
/// The last N requests in a fixed-size ring: recording is O(1) with no trimming pass, unlike
/// WireMock.Net's copy-and-sort per request.
/// </summary>
public sealed class RequestJournal
{
    private readonly object _gate = new();
    private readonly JournalEntry?[] _ring;
    private long _written;

    public RequestJournal(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.JournalCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.JournalCapacity, "JournalCapacity must be 0 (disabled) or more.");
        }

        _ring = new JournalEntry?[options.JournalCapacity];
        BodyLimitBytes = options.JournalBodyLimitBytes;
    }

    public bool IsEnabled => _ring.Length > 0;

    public int Capacity => _ring.Length;

    public int BodyLimitBytes { get; }

    public void Add(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_ring.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            _ring[_written % _ring.Length] = entry;
            _written++;
        }
    }

    /// <summary>Kept entries, newest first (WireMock's order).</summary>
    public IReadOnlyList<JournalEntry> Snapshot()
    {
        lock (_gate)
        {
            var count = (int)Math.Min(_written, _ring.Length);
            var result = new List<JournalEntry>(count);
            for (var i = 1; i <= count; i++)
            {
                result.Add(_ring[(_written - i) % _ring.Length]!);
            }

            return result;
        }
    }

    public JournalEntry? Find(Guid id)
    {
        foreach (var entry in Snapshot())
        {
            if (entry.Id == id)
            {
                return entry;
            }
        }

        return null;
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _written = 0;
        }
    }
}
