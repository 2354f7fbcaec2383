namespace SubscriberSimulator.Engines.MobileTextAlerts.Domain;

/// <summary>
/// One Mobile Text Alerts account (one API key = one tenant) and its indexes. Not thread-safe by
/// itself: every reader and writer holds <see cref="Gate"/>, one acquisition per request.
/// </summary>
internal sealed class MtaAccount
{
    // Ids are appended in creation order, so paging needs no sort; deleted ids are skipped and the
    // list is compacted once they make up half of it.
    private readonly List<long> _creationOrder = [];
    private int _deletedInOrder;

    public MtaAccount(string tenantId, string apiKey)
    {
        TenantId = tenantId;
        ApiKey = apiKey;
    }

    public string TenantId { get; }

    public string ApiKey { get; }

    public Lock Gate { get; } = new();

    public Dictionary<long, MtaSubscriber> SubscribersById { get; } = [];

    public Dictionary<long, long> SubscriberIdByPhone { get; } = [];

    public Dictionary<string, long> SubscriberIdByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    public SortedDictionary<int, MtaGroup> Groups { get; } = [];

    public SortedDictionary<int, MtaCustomField> CustomFields { get; } = [];

    public Dictionary<long, MtaUnsubscribe> UnsubscribesByPhone { get; } = [];

    public Dictionary<long, MtaLineType> LineTypes { get; } = [];

    /// <summary>When set, the "send" step of every request that would send a message fails.</summary>
    public bool FailSends { get; set; }

    public int SubscriberCount => SubscribersById.Count;

    public MtaSubscriber? FindByPhone(long e164Digits) =>
        e164Digits != 0 && SubscriberIdByPhone.TryGetValue(e164Digits, out var id) ? SubscribersById[id] : null;

    public MtaSubscriber? FindByEmail(string? email) =>
        !string.IsNullOrEmpty(email) && SubscriberIdByEmail.TryGetValue(email, out var id) ? SubscribersById[id] : null;

    public MtaSubscriber? FindById(long id) => SubscribersById.GetValueOrDefault(id);

    public MtaLineType LineTypeOf(long e164Digits) => LineTypes.GetValueOrDefault(e164Digits, MtaLineType.Mobile);

    public bool IsUnsubscribed(long e164Digits) => e164Digits != 0 && UnsubscribesByPhone.ContainsKey(e164Digits);

    /// <summary>Replaces <paramref name="previous"/> (null for a new subscriber) with <paramref name="next"/>, keeping every index right.</summary>
    public void Put(MtaSubscriber? previous, MtaSubscriber next)
    {
        if (previous is null)
        {
            _creationOrder.Add(next.Id);
        }
        else
        {
            RemoveKeys(previous, next);
        }

        SubscribersById[next.Id] = next;
        if (next.HasPhone)
        {
            SubscriberIdByPhone[next.PhoneDigits] = next.Id;
        }

        if (!string.IsNullOrEmpty(next.Email))
        {
            SubscriberIdByEmail[next.Email] = next.Id;
        }
    }

    public void Remove(MtaSubscriber subscriber)
    {
        RemoveKeys(subscriber, null);
        SubscribersById.Remove(subscriber.Id);
        _deletedInOrder++;
        if (_deletedInOrder > 64 && _deletedInOrder * 2 > _creationOrder.Count)
        {
            _creationOrder.RemoveAll(id => !SubscribersById.ContainsKey(id));
            _deletedInOrder = 0;
        }
    }

    /// <summary>Undoes the creation of the most recently created subscriber (rollback runs newest first).</summary>
    public void RemoveNewest(MtaSubscriber created)
    {
        RemoveKeys(created, null);
        SubscribersById.Remove(created.Id);
        var last = _creationOrder.Count - 1;
        if (last >= 0 && _creationOrder[last] == created.Id)
        {
            _creationOrder.RemoveAt(last);
        }
        else
        {
            _deletedInOrder++;
        }
    }

    /// <summary>Subscribers in creation order (oldest first).</summary>
    public IEnumerable<MtaSubscriber> InCreationOrder()
    {
        foreach (var id in _creationOrder)
        {
            if (SubscribersById.TryGetValue(id, out var subscriber))
            {
                yield return subscriber;
            }
        }
    }

    public void Clear()
    {
        SubscribersById.Clear();
        SubscriberIdByPhone.Clear();
        SubscriberIdByEmail.Clear();
        _creationOrder.Clear();
        _deletedInOrder = 0;
    }

    private void RemoveKeys(MtaSubscriber previous, MtaSubscriber? next)
    {
        if (previous.HasPhone && previous.PhoneDigits != next?.PhoneDigits)
        {
            SubscriberIdByPhone.Remove(previous.PhoneDigits);
        }

        if (!string.IsNullOrEmpty(previous.Email)
            && !string.Equals(previous.Email, next?.Email, StringComparison.OrdinalIgnoreCase))
        {
            SubscriberIdByEmail.Remove(previous.Email);
        }
    }
}
