using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential transports: the numbers and short codes that carry messages (read-only). Reach it through <see cref="EssentialClient.Transports"/>.</summary>
public class EssentialTransportsClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly EssentialApiClient _api;

    internal EssentialTransportsClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialTransportsClient()
    {
        _api = null!;
    }

    /// <summary>Lists the account's transports (optionally of one channel), oldest first, fetching pages as you enumerate.</summary>
    /// <param name="channelSid">Only transports of this channel; null for all. A channel the account does not have is a <see cref="ResourceNotFoundException"/>.</param>
    /// <param name="pageSize">Transports per request, 1 to 1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<EssentialTransport> ListAsync(string? channelSid = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        var channel = channelSid is null ? null : Guard.Required(channelSid, nameof(channelSid), "channelSid");
        return EssentialPager.Pageable(
            Core,
            EssentialOperations.ListTransports,
            size,
            (call, page, token) => _api.V2.Account.Transports.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.ChannelSid = channel;
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PerPage = size;
                },
                token),
            static transports => transports.Select(EssentialCatalogMapper.ToTransport).ToList(),
            cancellationToken);
    }
}
