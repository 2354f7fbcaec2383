using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential campaigns (bulk messages; read-only through the API). Reach it through <see cref="EssentialClient.Campaigns"/>.</summary>
public class EssentialCampaignsClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly EssentialApiClient _api;

    internal EssentialCampaignsClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialCampaignsClient()
    {
        _api = null!;
    }

    /// <summary>Lists the account's campaigns (optionally of one channel), oldest first, fetching pages as you enumerate.</summary>
    /// <param name="channelSid">Only campaigns of this channel; null for all. A channel the account does not have is a <see cref="ResourceNotFoundException"/>.</param>
    /// <param name="pageSize">Campaigns per request, 1 to 1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<EssentialCampaign> ListAsync(string? channelSid = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        var channel = channelSid is null ? null : Guard.Required(channelSid, nameof(channelSid), "channelSid");
        return EssentialPager.Pageable(
            Core,
            EssentialOperations.ListCampaigns,
            size,
            (call, page, token) => _api.V2.Account.Campaigns.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.ChannelSid = channel;
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PerPage = size;
                },
                token),
            static campaigns => campaigns.Select(EssentialCatalogMapper.ToCampaign).ToList(),
            cancellationToken);
    }
}
