using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential channels (read-only: they are set up in Essential's dashboard). Reach it through <see cref="EssentialClient.Channels"/>.</summary>
public class EssentialChannelsClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly EssentialApiClient _api;

    internal EssentialChannelsClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialChannelsClient()
    {
        _api = null!;
    }

    /// <summary>Lists the account's channels, oldest first, fetching pages as you enumerate.</summary>
    /// <param name="pageSize">Channels per request, 1 to 1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<EssentialChannel> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        return EssentialPager.Pageable(
            Core,
            EssentialOperations.ListChannels,
            size,
            (call, page, token) => _api.V2.Account.Channels.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PerPage = size;
                },
                token),
            static channels => channels.Select(EssentialCatalogMapper.ToChannel).ToList(),
            cancellationToken);
    }

    /// <summary>Gets a channel by SID (the <c>ch_</c> prefix is accepted; a channel name is not).</summary>
    /// <exception cref="ResourceNotFoundException">The account has no such channel.</exception>
    public virtual Task<SubscriberResponse<EssentialChannel>> GetAsync(string channelSid, CancellationToken cancellationToken = default)
    {
        var sid = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        var call = Core.Call(EssentialOperations.GetChannel);
        return call.RunAsync(() => _api.V2.Account.Channels[sid].GetAsync(call.Configure, cancellationToken), EssentialCatalogMapper.ToChannel);
    }
}
