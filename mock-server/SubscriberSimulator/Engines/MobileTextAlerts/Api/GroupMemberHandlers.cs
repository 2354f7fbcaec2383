using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// <c>/v3/groups/{groupId}/subscribers</c>: add or remove one subscriber, or up to 1,000 with
/// <c>bulk-create</c> and <c>bulk-delete</c> (their bodies read in one pass by
/// <see cref="GroupSubscriberIdsCommand"/>). Every answer is a message with <c>data: null</c>, in
/// the provider's documented words.
/// </summary>
internal sealed class GroupMemberHandlers(MtaIds ids)
{
    public const string BulkAddOperation = "bulkAddSubscribersToGroup";
    public const string BulkRemoveOperation = "bulkRemoveSubscribersFromGroup";

    public ProviderResponse Add(ProviderCall<MtaAccount> call)
    {
        var subscriberId = AddGroupSubscriberCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var group = GroupRules.Require(work.Tenant, call.Route["groupId"]);
        MembershipRules.Add(new StagedSubscribers(work, ids), group, subscriberId);
        work.Commit();
        return MtaJson.Envelope(string.Create(CultureInfo.InvariantCulture, $"Added subscriber {subscriberId} to group {group.Id}."));
    }

    public ProviderResponse Remove(ProviderCall<MtaAccount> call)
    {
        using var work = call.BeginWork();
        var group = GroupRules.Require(work.Tenant, call.Route["groupId"]);
        var subscriberId = MembershipRules.Remove(new StagedSubscribers(work, ids), group, call.Route["subscriberId"]);
        work.Commit();
        return MtaJson.Envelope(string.Create(CultureInfo.InvariantCulture, $"Deleted subscriber {subscriberId} from group {group.Id}."));
    }

    public ProviderResponse BulkAdd(ProviderCall<MtaAccount> call) => Bulk(call, MembershipRules.AddMany, "Added", "to");

    public ProviderResponse BulkRemove(ProviderCall<MtaAccount> call) => Bulk(call, MembershipRules.RemoveMany, "Deleted", "from");

    /// <summary>Reads the ids, applies <paramref name="change"/> and answers how many subscribers it moved.</summary>
    private ProviderResponse Bulk(ProviderCall<MtaAccount> call, Func<StagedSubscribers, MtaGroup, long[], int> change, string verb, string preposition)
    {
        var subscriberIds = GroupSubscriberIdsCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var group = GroupRules.Require(work.Tenant, call.Route["groupId"]);
        var moved = change(new StagedSubscribers(work, ids, subscriberIds.Length), group, subscriberIds);
        work.Commit();
        return MtaJson.Envelope(string.Create(CultureInfo.InvariantCulture, $"{verb} {Subscribers(moved)} {preposition} group {group.Id}."));
    }

    private static string Subscribers(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "subscriber" : "subscribers")}");
}
