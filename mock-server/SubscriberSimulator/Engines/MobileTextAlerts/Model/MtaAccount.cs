using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// One Mobile Text Alerts account (one tenant; its API key is the credential) and its indexes.
/// Read and written under the tenant's lock, like every tenant of the kit: writes only through a
/// unit of work's staged changes.
/// </summary>
internal sealed class MtaAccount : Tenant, ISubscriberLookup
{
    // Ids are appended in creation order, so paging needs no sort; deleted ids are skipped and the
    // list is compacted once they make up half of it.
    private readonly List<long> _creationOrder = [];
    private int _deletedInOrder;

    // Members per group, kept by Put and Remove, so member counts never scan the subscribers and a
    // group nobody joined is deleted without one. Groups with no members have no entry.
    private readonly Dictionary<int, int> _memberCounts = [];

    public MtaAccount(string tenantId)
        : base(tenantId)
    {
    }

    public Dictionary<long, MtaSubscriber> SubscribersById { get; } = [];

    public Dictionary<long, long> SubscriberIdByPhone { get; } = [];

    public Dictionary<string, long> SubscriberIdByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    public SortedDictionary<int, MtaGroup> Groups { get; } = [];

    public SortedDictionary<int, MtaCustomField> CustomFields { get; } = [];

    public Dictionary<long, MtaUnsubscribe> UnsubscribesByPhone { get; } = [];

    public Dictionary<long, MtaLineType> LineTypes { get; } = [];

    public override int SubscriberCount => SubscribersById.Count;

    public MtaSubscriber? FindByPhone(long e164Digits) =>
        e164Digits != 0 && SubscriberIdByPhone.TryGetValue(e164Digits, out var id) ? SubscribersById[id] : null;

    public MtaSubscriber? FindByEmail(string? email) =>
        !string.IsNullOrEmpty(email) && SubscriberIdByEmail.TryGetValue(email, out var id) ? SubscribersById[id] : null;

    public MtaSubscriber? FindById(long id) => SubscribersById.GetValueOrDefault(id);

    public MtaLineType LineTypeOf(long e164Digits) => LineTypes.GetValueOrDefault(e164Digits, MtaLineType.Mobile);

    public bool IsUnsubscribed(long e164Digits) => e164Digits != 0 && UnsubscribesByPhone.ContainsKey(e164Digits);

    /// <summary>How many subscribers belong to the group (opted-out numbers included).</summary>
    public int MemberCount(int groupId) => _memberCounts.GetValueOrDefault(groupId);

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

        // Most writes leave the groups alone and reuse the array (RecordMerger), so they skip the recount.
        if (!ReferenceEquals(previous?.Groups, next.Groups))
        {
            CountMembers(previous?.Groups, -1);
            CountMembers(next.Groups, +1);
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
        CountMembers(subscriber.Groups, -1);
        SubscribersById.Remove(subscriber.Id);
        _deletedInOrder++;
        if (_deletedInOrder > 64 && _deletedInOrder * 2 > _creationOrder.Count)
        {
            _creationOrder.RemoveAll(id => !SubscribersById.ContainsKey(id));
            _deletedInOrder = 0;
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

    private void CountMembers(MtaGroupMembership[]? memberships, int change)
    {
        if (memberships is null)
        {
            return;
        }

        foreach (var membership in memberships)
        {
            var count = _memberCounts.GetValueOrDefault(membership.GroupId) + change;
            if (count == 0)
            {
                _memberCounts.Remove(membership.GroupId);
            }
            else
            {
                _memberCounts[membership.GroupId] = count;
            }
        }
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
