using SubscriberSdk.Internal.Paging;
using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>
/// Mobile Text Alerts groups, their members and member counts. Reach it through <see cref="MobileTextAlertsClient.Groups"/>.
/// Bulk membership calls pace in their own window (5 per 15 seconds); the rest under the general limit.
/// </summary>
public class MobileTextAlertsGroupsClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly MobileTextAlertsApiClient _api;

    internal MobileTextAlertsGroupsClient(ClientCore core, MobileTextAlertsApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsGroupsClient()
    {
        _api = null!;
    }

    /// <summary>Creates a group. <paramref name="group"/> needs a <c>Name</c>.</summary>
    public virtual Task<SubscriberResponse<MobileTextAlertsGroup>> CreateAsync(MobileTextAlertsGroupRequest group, CancellationToken cancellationToken = default)
    {
        var body = MobileTextAlertsRequestMapper.ToGroup(group, nameof(group));
        var call = Core.Call(MobileTextAlertsOperations.CreateGroup);
        return call.RunAsync(
            () => _api.V3.Groups.PostAsync(body, call.Configure, cancellationToken), static r => MobileTextAlertsModelMapper.ToGroup(ResponseValue.Required(r.Data)));
    }

    /// <summary>Gets one group of the account by its id.</summary>
    /// <param name="groupId">The group's id (1 or more), as returned by <see cref="CreateAsync"/> or <see cref="ListAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidSubscriberArgumentException"><paramref name="groupId"/> is below 1; nothing is sent.</exception>
    /// <exception cref="ResourceNotFoundException">The account has no group with that id.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsGroup>> GetAsync(long groupId, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(groupId, nameof(groupId), "group");
        var call = Core.Call(MobileTextAlertsOperations.GetGroup);
        return call.RunAsync(() => _api.V3.Groups[id].GetAsync(call.Configure, cancellationToken), static r => MobileTextAlertsModelMapper.ToGroup(ResponseValue.Required(r.Data)));
    }

    /// <summary>Lists groups, fetching pages as you enumerate.</summary>
    public virtual SubscriberPageable<MobileTextAlertsGroup> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        return MobileTextAlertsPager.Pageable(
            Core,
            MobileTextAlertsOperations.ListGroups,
            size,
            (call, page, stop) => _api.V3.Groups.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PageSize = size;
                },
                stop),
            static page => (page.Data?.Rows ?? []).Select(MobileTextAlertsModelMapper.ToGroup).ToList(),
            static page => page.Data?.Total,
            cancellationToken);
    }

    /// <summary>Changes the given fields of a group; properties left null keep their value.</summary>
    /// <param name="groupId">The group's id (1 or more).</param>
    /// <param name="changes">The fields to change; an empty one changes nothing.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The group as stored, with <see cref="OperationOutcome.Updated"/>.</returns>
    /// <exception cref="InvalidSubscriberArgumentException"><paramref name="groupId"/> is below 1 or a name is empty; nothing is sent.</exception>
    /// <exception cref="ResourceNotFoundException">The account has no group with that id.</exception>
    public virtual Task<SubscriberWriteResponse<MobileTextAlertsGroup>> UpdateAsync(long groupId, MobileTextAlertsGroupUpdate changes, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(groupId, nameof(groupId), "group");
        var body = MobileTextAlertsRequestMapper.ToGroupUpdate(changes, nameof(changes));
        var call = Core.Call(MobileTextAlertsOperations.UpdateGroup);
        return call.WriteAsync(
            () => _api.V3.Groups[id].PatchAsync(body, call.Configure, cancellationToken),
            static r => MobileTextAlertsModelMapper.ToGroup(ResponseValue.Required(r.Data)),
            static (_, _) => OperationOutcome.Updated);
    }

    /// <summary>Deletes a group; its members stay subscribers and its id is unknown from then on.</summary>
    /// <returns>The provider's confirmation message, with <see cref="OperationOutcome.Removed"/>.</returns>
    /// <exception cref="ResourceNotFoundException">The account has no group with that id (also on a second delete).</exception>
    public virtual Task<SubscriberWriteResponse<string>> DeleteAsync(long groupId, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(groupId, nameof(groupId), "group");
        var call = Core.Call(MobileTextAlertsOperations.DeleteGroup);
        return call.WriteAsync(
            () => _api.V3.Groups[id].DeleteAsync(call.Configure, cancellationToken), static r => r.Message ?? string.Empty, static (_, _) => OperationOutcome.Removed);
    }

    /// <summary>Adds one subscriber to a group; a subscriber already in it stays once.</summary>
    /// <returns>The provider's message, with <see cref="OperationOutcome.Updated"/>.</returns>
    /// <exception cref="ResourceNotFoundException">No such group, or no subscriber with that id.</exception>
    public virtual Task<SubscriberWriteResponse<string>> AddSubscriberAsync(long groupId, long subscriberId, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(groupId, nameof(groupId), "group");
        var body = new AddGroupSubscriberRequest { SubscriberId = MobileTextAlertsRequestMapper.PositiveId(subscriberId, nameof(subscriberId), "subscriber") };
        var call = Core.Call(MobileTextAlertsOperations.AddGroupSubscriber);
        return call.WriteAsync(
            () => _api.V3.Groups[id].Subscribers.PostAsync(body, call.Configure, cancellationToken), static r => r.Message ?? string.Empty, static (_, _) => OperationOutcome.Updated);
    }

    /// <summary>Removes one subscriber from a group; the subscriber record stays.</summary>
    /// <returns>The provider's message, with <see cref="OperationOutcome.Removed"/>.</returns>
    /// <exception cref="ResourceNotFoundException">No such group, or the subscriber is not in it.</exception>
    public virtual Task<SubscriberWriteResponse<string>> RemoveSubscriberAsync(long groupId, long subscriberId, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(groupId, nameof(groupId), "group");
        var member = MobileTextAlertsRequestMapper.PositiveId(subscriberId, nameof(subscriberId), "subscriber");
        var call = Core.Call(MobileTextAlertsOperations.RemoveGroupSubscriber);
        return call.WriteAsync(
            () => _api.V3.Groups[id].Subscribers[member].DeleteAsync(call.Configure, cancellationToken), static r => r.Message ?? string.Empty, static (_, _) => OperationOutcome.Removed);
    }

    /// <summary>
    /// Adds up to 1000 subscribers to a group in one request (bulk-create). Ids with no subscriber and subscribers
    /// already in the group are skipped; <see cref="MobileTextAlertsGroupBulkResult.ChangedCount"/> says how many joined.
    /// </summary>
    /// <exception cref="InvalidSubscriberArgumentException">No ids, more than 1000, or one below 1; nothing is sent.</exception>
    /// <exception cref="ResourceNotFoundException">The account has no group with that id.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsGroupBulkResult>> AddSubscribersAsync(long groupId, IEnumerable<long> subscriberIds, CancellationToken cancellationToken = default) =>
        BulkAsync(groupId, subscriberIds, MobileTextAlertsOperations.AddGroupSubscribers, static (group, body, configure, token) => group.Subscribers.BulkCreate.PostAsync(body, configure, token), cancellationToken);

    /// <summary>
    /// Removes up to 1000 subscribers from a group in one request (bulk-delete); the records stay. Ids not in the
    /// group are skipped; <see cref="MobileTextAlertsGroupBulkResult.ChangedCount"/> says how many left.
    /// </summary>
    /// <exception cref="InvalidSubscriberArgumentException">No ids, more than 1000, or one below 1; nothing is sent.</exception>
    /// <exception cref="ResourceNotFoundException">The account has no group with that id.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsGroupBulkResult>> RemoveSubscribersAsync(long groupId, IEnumerable<long> subscriberIds, CancellationToken cancellationToken = default) =>
        BulkAsync(groupId, subscriberIds, MobileTextAlertsOperations.RemoveGroupSubscribers, static (group, body, configure, token) => group.Subscribers.BulkDelete.PostAsync(body, configure, token), cancellationToken);

    /// <summary>How many subscribers a group has (opted-out numbers included).</summary>
    /// <exception cref="ResourceNotFoundException">The account has no group with that id.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsGroupMemberCount>> GetMemberCountAsync(long groupId, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(groupId, nameof(groupId), "group");
        var call = Core.Call(MobileTextAlertsOperations.GroupMemberCount);
        return call.RunAsync(() => _api.V3.Groups[id].MemberCount.GetAsync(call.Configure, cancellationToken), static r => MobileTextAlertsModelMapper.ToGroupMemberCount(ResponseValue.Required(r.Data)));
    }

    /// <summary>The member counts of up to 1000 groups, by group id; ids the account has no group for are left out.</summary>
    /// <exception cref="InvalidSubscriberArgumentException">No ids, more than 1000, or one below 1; nothing is sent.</exception>
    public virtual Task<SubscriberResponse<IReadOnlyDictionary<long, int>>> GetMemberCountsAsync(IEnumerable<long> groupIds, CancellationToken cancellationToken = default)
    {
        var ids = MobileTextAlertsRequestMapper.Ids(groupIds, nameof(groupIds), "group", required: true)!;
        var query = string.Join(',', ids);
        var call = Core.Call(MobileTextAlertsOperations.GroupMemberCounts);
        return call.RunAsync(
            () => _api.V3.Groups.MemberCount.Bulk.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.GroupIds = query;
                },
                cancellationToken),
            static r => MobileTextAlertsModelMapper.ToMemberCounts(ResponseValue.Required(r.Data)));
    }

    /// <summary>Every group of the account with its member count (the provider answers in one response: one page).</summary>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<MobileTextAlertsGroupMemberCount> ListMemberCountsAsync(CancellationToken cancellationToken = default) =>
        Pages.Single(
            stop =>
            {
                var call = Core.Call(MobileTextAlertsOperations.AllGroupMemberCounts);
                return call.RunAsync(
                    () => _api.V3.Groups.MemberCount.All.GetAsync(call.Configure, stop),
                    static r => (IReadOnlyList<MobileTextAlertsGroupMemberCount>)(r.Data ?? []).Select(MobileTextAlertsModelMapper.ToGroupMemberCount).ToList());
            },
            cancellationToken);

    private Task<SubscriberResponse<MobileTextAlertsGroupBulkResult>> BulkAsync(
        long groupId,
        IEnumerable<long> subscriberIds,
        Http.Internal.OperationPolicy policy,
        Func<Generated.V3.Groups.Item.WithGroupItemRequestBuilder, GroupSubscriberIdsRequest, Action<Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Kiota.Abstractions.DefaultQueryParameters>>, CancellationToken, Task<MessageResponse?>> send,
        CancellationToken cancellationToken)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(groupId, nameof(groupId), "group");
        var body = new GroupSubscriberIdsRequest { SubscriberIds = MobileTextAlertsRequestMapper.Ids(subscriberIds, nameof(subscriberIds), "subscriber", required: true) };
        var call = Core.Call(policy);
        return call.RunAsync(() => send(_api.V3.Groups[id], body, call.Configure, cancellationToken), r => MobileTextAlertsModelMapper.ToGroupBulkResult(id, r.Message));
    }
}
