using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// <c>/v3/groups</c>: create, list (1-based pages, in id order), get, update, delete, and member
/// counts of one group, of several (<c>member-count/bulk?groupIds=</c>) or of all. Counts come from
/// the account's index, so none of them scans the subscribers.
/// </summary>
internal sealed class GroupHandlers(MtaIds ids)
{
    public const string GroupIdsParameter = "groupIds";

    public ProviderResponse Create(ProviderCall<MtaAccount> call)
    {
        var draft = CreateGroupCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var group = GroupRules.Add(work, ids, draft);
        work.Commit();
        return MtaJson.Envelope($"Created group {group.Name}.", group, MtaJson.WriteGroup);
    }

    public static ProviderResponse List(ProviderCall<MtaAccount> call)
    {
        var paging = MtaPaging.From(call.Query);
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Groups retrieved successfully.", (groups: call.Tenant.Groups, paging), static (writer, list) =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("rows");
                var index = 0;
                foreach (var group in list.groups.Values)
                {
                    if (list.paging.Includes(index++))
                    {
                        MtaJson.WriteGroup(writer, group);
                    }
                }

                writer.WriteEndArray();
                list.paging.WriteFooter(writer, list.groups.Count);
                writer.WriteEndObject();
            });
        }
    }

    public static ProviderResponse Get(ProviderCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Group retrieved successfully.", GroupRules.Require(call.Tenant, call.Route["groupId"]), MtaJson.WriteGroup);
        }
    }

    public static ProviderResponse Update(ProviderCall<MtaAccount> call)
    {
        var changes = GroupChanges.FromJson(call.Body);
        using var work = call.BeginWork();
        var group = GroupRules.Update(work, GroupRules.Require(work.Tenant, call.Route["groupId"]), changes);
        work.Commit();
        return MtaJson.Envelope($"Updated group {group.Name}.", group, MtaJson.WriteGroup);
    }

    public ProviderResponse Delete(ProviderCall<MtaAccount> call)
    {
        using var work = call.BeginWork();
        GroupRules.Delete(new StagedSubscribers(work, ids), GroupRules.Require(work.Tenant, call.Route["groupId"]));
        work.Commit();
        return MtaJson.Envelope("Group deleted successfully.");
    }

    public static ProviderResponse MemberCount(ProviderCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            var group = GroupRules.Require(call.Tenant, call.Route["groupId"]);
            return MtaJson.Envelope("Group member count retrieved successfully.", (account: call.Tenant, group), static (writer, state) =>
                MtaJson.WriteMemberCount(writer, state.account, state.group));
        }
    }

    /// <summary><c>groupIds=1,2,3</c> (at most 1000): a map of the ones the account has to their counts.</summary>
    public static ProviderResponse MemberCounts(ProviderCall<MtaAccount> call)
    {
        var requested = RequestedGroupIds(call.Query);
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Group member counts retrieved successfully.", (account: call.Tenant, requested), static (writer, state) =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("memberCounts");
                foreach (var id in state.requested)
                {
                    if (state.account.Groups.ContainsKey(id))
                    {
                        writer.WriteNumber(id.ToString(CultureInfo.InvariantCulture), state.account.MemberCount(id));
                    }
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            });
        }
    }

    /// <summary>Every group of the account with its count, in id order, unpaged.</summary>
    public static ProviderResponse AllMemberCounts(ProviderCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Group member counts retrieved successfully.", call.Tenant, static (writer, account) =>
            {
                writer.WriteStartArray();
                foreach (var group in account.Groups.Values)
                {
                    MtaJson.WriteMemberCount(writer, account, group);
                }

                writer.WriteEndArray();
            });
        }
    }

    /// <summary>
    /// The distinct ids of <c>groupIds</c>, in the order given. An id too large to be a group's is
    /// left out, like any id the account does not have.
    /// </summary>
    private static List<int> RequestedGroupIds(IRequestValues query)
    {
        const string Malformed = "groupIds must be a comma-separated list of group IDs, e.g. groupIds=187561,187562.";
        if (!query.TryGetValue(GroupIdsParameter, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            throw RequestRefusedException.BadRequest(Malformed);
        }

        var parts = values[0]!.Split(',');
        if (parts.Length > BulkLimits.MaxRecords)
        {
            throw RequestRefusedException.BadRequest($"groupIds names {parts.Length} groups; at most {BulkLimits.MaxRecords} are allowed per request.");
        }

        var requested = new List<int>(parts.Length);
        var seen = new HashSet<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw RequestRefusedException.BadRequest(Malformed);
            }

            if (id is > 0 and <= int.MaxValue && seen.Add((int)id))
            {
                requested.Add((int)id);
            }
        }

        return requested;
    }
}
