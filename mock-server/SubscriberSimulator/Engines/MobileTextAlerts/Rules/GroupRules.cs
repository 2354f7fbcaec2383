using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Static groups, which subscriber records point into with <c>groupIds</c>. Sign-up-page and keyword
/// settings are stored and echoed as the provider does; the simulator runs no keyword joins.
/// Deleting a group ends its memberships (the members stay subscribers) and makes its id unknown.
/// </summary>
internal static class GroupRules
{
    /// <summary>Adds a group from a draft (<see cref="Api.Requests.CreateGroupCommand"/>); its id and creation time are assigned here.</summary>
    public static MtaGroup Add(UnitOfWork<MtaAccount> work, MtaIds ids, MtaGroup draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw RequestRefusedException.BadRequest("A group needs a name.");
        }

        var account = work.Tenant;
        var group = draft with { Id = ids.NextGroupId(), Name = draft.Name.Trim(), CreatedAt = work.Now };
        work.OnCommit(() => account.Groups[group.Id] = group);
        return group;
    }

    /// <summary>Changes the given fields; an empty change set changes nothing.</summary>
    public static MtaGroup Update(UnitOfWork<MtaAccount> work, MtaGroup group, GroupChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Name is not null && string.IsNullOrWhiteSpace(changes.Name))
        {
            throw RequestRefusedException.BadRequest("name must not be empty.");
        }

        var account = work.Tenant;
        var updated = changes.ApplyTo(group) with { Name = changes.Name?.Trim() ?? group.Name };
        work.OnCommit(() => account.Groups[updated.Id] = updated);
        return updated;
    }

    /// <summary>Deletes the group and ends every membership in it; the account's member count says whether any subscriber must be looked at.</summary>
    public static void Delete(StagedSubscribers staged, MtaGroup group)
    {
        var account = staged.Account;
        if (account.MemberCount(group.Id) > 0)
        {
            foreach (var subscriber in account.InCreationOrder())
            {
                var remaining = RecordMerger.WithoutGroup(subscriber.Groups, group.Id);
                if (!ReferenceEquals(remaining, subscriber.Groups))
                {
                    staged.Write(subscriber, subscriber with { Groups = remaining });
                }
            }
        }

        staged.Work.OnCommit(() => account.Groups.Remove(group.Id));
    }

    /// <summary>The group <paramref name="groupId"/> names (digits only), or the provider's 404.</summary>
    public static MtaGroup Require(MtaAccount account, string groupId) =>
        CatalogIds.TryParse(groupId, out var id) && account.Groups.TryGetValue(id, out var group)
            ? group
            : throw RequestRefusedException.NotFound("Group not found.");
}
