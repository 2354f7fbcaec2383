using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>
/// Essential messages: send to one subscribed subscriber, search what was sent and received. Reach it
/// through <see cref="EssentialClient.Messages"/>. Sends are never retried after the request may have
/// reached Essential (a retry could text the person twice); only a 429 is retried.
/// </summary>
public class EssentialMessagesClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly EssentialApiClient _api;

    internal EssentialMessagesClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialMessagesClient()
    {
        _api = null!;
    }

    /// <summary>Sends a message to a subscriber of the channel, but only while they are subscribed.</summary>
    /// <param name="channelSid">The channel.</param>
    /// <param name="phoneNumberOrSid">The subscriber's US phone number (any form Essential accepts) or subscriber SID.</param>
    /// <param name="request">What to send.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The message as accepted (status <c>queuing</c>).</returns>
    /// <exception cref="UnsubscribedException">The subscriber is unsubscribed or unconfirmed; nothing was sent.</exception>
    /// <exception cref="ResourceNotFoundException">No such channel, or no such subscriber on it.</exception>
    /// <exception cref="InvalidSubscriberArgumentException">The request cannot succeed; nothing was sent.</exception>
    public virtual Task<SubscriberResponse<EssentialMessage>> SendAsync(
        string channelSid, string phoneNumberOrSid, EssentialMessageRequest request, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        var subscriber = EssentialMessageRequestMapper.SubscriberSegment(phoneNumberOrSid, nameof(phoneNumberOrSid));
        var body = EssentialMessageRequestMapper.ToChannelMessage(request);
        var call = Core.Call(EssentialOperations.SendMessage);
        return call.RunAsync(
            () => _api.V2.Account.Channels[channel].Subscribers[subscriber].Messages.PostAsync(body, call.Configure, cancellationToken),
            EssentialMessageMapper.ToMessage);
    }

    /// <summary>Sends a message to the subscriber with this SID, on the subscriber's own channel, but only while they are subscribed.</summary>
    /// <param name="subscriberSid">The subscriber SID (the <c>sub_</c> prefix is accepted).</param>
    /// <param name="request">What to send.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The message as accepted (status <c>queuing</c>).</returns>
    /// <exception cref="UnsubscribedException">The subscriber is unsubscribed or unconfirmed; nothing was sent.</exception>
    /// <exception cref="ResourceNotFoundException">No subscriber has this SID.</exception>
    /// <exception cref="InvalidSubscriberArgumentException">The request cannot succeed; nothing was sent.</exception>
    public virtual Task<SubscriberResponse<EssentialMessage>> SendToSubscriberAsync(
        string subscriberSid, EssentialMessageRequest request, CancellationToken cancellationToken = default)
    {
        var body = EssentialMessageRequestMapper.ToSubscriberMessage(subscriberSid, request);
        var call = Core.Call(EssentialOperations.SendMessageToSubscriber);
        return call.RunAsync(() => _api.V2.Account.Messages.PostAsync(body, call.Configure, cancellationToken), EssentialMessageMapper.ToMessage);
    }

    /// <summary>Finds messages matching every filter given, newest first, fetching pages as you enumerate; each page has the number of matches over all pages (<see cref="SubscriberPage{T}.TotalCount"/>).</summary>
    /// <param name="search">The filters; null finds every message.</param>
    /// <param name="pageSize">Messages per request, 1 to 1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<EssentialMessageSearchResult> SearchAsync(
        EssentialMessageSearch? search = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        EssentialMessageRequestMapper.CheckSearch(search);
        return EssentialPager.Pageable(
            Core,
            EssentialOperations.SearchMessages,
            size,
            (call, page, token) => SearchRequestAsync(call, search, page, size, token),
            static response => EssentialMessageMapper.ToSearchResults(response),
            cancellationToken,
            static response => ResponseValue.Required(response.Total));
    }

    private Task<Generated.Models.MessageSearchResponse?> SearchRequestAsync(ProviderCall call, EssentialMessageSearch? search, int page, int size, CancellationToken cancellationToken) =>
        _api.V2.Account.Messages.Search.GetAsync(
            configuration =>
            {
                call.Configure(configuration);
                EssentialMessageRequestMapper.ApplySearch(configuration.QueryParameters, search);
                configuration.QueryParameters.Page = page;
                configuration.QueryParameters.PerPage = size;
            },
            cancellationToken);
}
