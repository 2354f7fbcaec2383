using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Mobile Text Alerts groups. Reach it through <see cref="MobileTextAlertsClient.Groups"/>.</summary>
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
}
