using SubscriberSdk.Internal.Paging;
using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential tags (groups in Essential's UI); each belongs to a channel. Reach it through <see cref="EssentialClient.Tags"/>.</summary>
public class EssentialTagsClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly EssentialApiClient _api;

    internal EssentialTagsClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialTagsClient()
    {
        _api = null!;
    }

    /// <summary>Creates a tag on a channel.</summary>
    public virtual Task<SubscriberResponse<EssentialTag>> CreateAsync(string channelSid, string name, CancellationToken cancellationToken = default)
    {
        var body = new CreateTagRequest
        {
            ChannelSid = Guard.Required(channelSid, nameof(channelSid), "channelSid"),
            Name = Guard.Required(name, nameof(name), "The tag name"),
        };
        var call = Core.Call(EssentialOperations.CreateTag);
        return call.RunAsync(() => _api.V2.Account.Tags.PostAsync(body, call.Configure, cancellationToken), EssentialModelMapper.ToTag);
    }

    /// <summary>Lists a channel's tags (Essential answers them in one response: one page).</summary>
    /// <param name="channelSid">The channel.</param>
    /// <param name="includeDeleted">Include soft-deleted tags.</param>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<EssentialTag> ListAsync(string channelSid, bool includeDeleted = false, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        return Pages.Single(
            stop =>
            {
                var call = Core.Call(EssentialOperations.ListTags);
                return call.RunAsync(
                    () => _api.V2.Account.Channels[channel].Tags.GetAsync(
                        configuration =>
                        {
                            call.Configure(configuration);
                            configuration.QueryParameters.IncludeDeleted = includeDeleted ? true : null;
                        },
                        stop),
                    static tags => (IReadOnlyList<EssentialTag>)tags.Select(EssentialModelMapper.ToTag).ToList());
            },
            cancellationToken);
    }

    /// <summary>Lists the tags of every channel of the account (or of one), oldest first, fetching pages as you enumerate.</summary>
    /// <param name="channelSid">Only tags of this channel; null for all. A channel the account does not have is a <see cref="ResourceNotFoundException"/>.</param>
    /// <param name="includeDeleted">Include soft-deleted tags.</param>
    /// <param name="pageSize">Tags per request, 1 to 1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<EssentialTag> ListAllAsync(string? channelSid = null, bool includeDeleted = false, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        var channel = channelSid is null ? null : Guard.Required(channelSid, nameof(channelSid), "channelSid");
        return EssentialPager.Pageable(
            Core,
            EssentialOperations.ListAccountTags,
            size,
            (call, page, token) => _api.V2.Account.Tags.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.ChannelSid = channel;
                    configuration.QueryParameters.IncludeDeleted = includeDeleted ? true : null;
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PerPage = size;
                },
                token),
            static tags => tags.Select(EssentialModelMapper.ToTag).ToList(),
            cancellationToken);
    }
}
