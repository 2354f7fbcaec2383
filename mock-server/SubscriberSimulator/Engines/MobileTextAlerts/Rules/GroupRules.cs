using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Static groups, which subscriber records point into with <c>groupIds</c>. Sign-up-page and keyword
/// settings are stored and echoed as the provider does; the simulator runs no keyword joins.
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

    /// <summary>The group <paramref name="groupId"/> names (digits only), or the provider's 404.</summary>
    public static MtaGroup Require(MtaAccount account, string groupId) =>
        CatalogIds.TryParse(groupId, out var id) && account.Groups.TryGetValue(id, out var group)
            ? group
            : throw RequestRefusedException.NotFound("Group not found.");
}
