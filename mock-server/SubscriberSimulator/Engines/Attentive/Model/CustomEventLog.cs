namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// A company's recorded custom events, oldest first, with the <c>externalEventId</c>s already seen.
/// Bounded like the outbox: past <see cref="Capacity"/> the oldest event goes, and its id with it,
/// so a load test that sends events for hours keeps a steady footprint.
/// </summary>
internal sealed class CustomEventLog
{
    public const int Capacity = 100_000;

    private readonly Queue<AttentiveCustomEvent> _events = new();
    private readonly HashSet<string> _externalIds = new(StringComparer.Ordinal);

    public int Count => _events.Count;

    public IEnumerable<AttentiveCustomEvent> All => _events;

    public bool HasExternalId(string externalEventId) => _externalIds.Contains(externalEventId);

    public IEnumerable<AttentiveCustomEvent> Of(string userId) => _events.Where(recorded => recorded.UserId == userId);

    public void Add(AttentiveCustomEvent recorded)
    {
        if (_events.Count == Capacity && _events.Dequeue().ExternalEventId is { } dropped)
        {
            _externalIds.Remove(dropped);
        }

        _events.Enqueue(recorded);
        if (recorded.ExternalEventId is { } externalId)
        {
            _externalIds.Add(externalId);
        }
    }
}
