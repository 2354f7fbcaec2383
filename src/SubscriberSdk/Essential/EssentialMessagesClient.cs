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

    /// <summary>Finds messages matching every filter given, newest first, fetching pages as you enumerate.</summary>
    /// <param name="search">The filters; null finds every message.</param>
    /// <param name="pageSize">Messages per request, 1 to 1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public virtual IAsyncEnumerable<EssentialMessageSearchResult> SearchAsync(
        EssentialMessageSearch? search = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        EssentialMessageRequestMapper.CheckSearch(search);
        return EssentialPager.EnumerateAsync(
            Core,
            EssentialOperations.SearchMessages,
            size,
            (call, page, token) => SearchRequestAsync(call, search, page, size, token),
            static response => EssentialMessageMapper.ToSearchPage(response, hasNextPage: false).Results,
            cancellationToken);
    }

    /// <summary>One page of a search, with the number of matches over all pages.</summary>
    /// <param name="search">The filters; null finds every message.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Messages per page, 1 to 1000 (default 100).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual async Task<SubscriberResponse<EssentialMessageSearchPage>> SearchPageAsync(
        EssentialMessageSearch? search = null, int page = 1, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            throw new InvalidSubscriberArgumentException("page must be 1 or more.", nameof(page));
        }

        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        EssentialMessageRequestMapper.CheckSearch(search);
        var call = Core.Call(EssentialOperations.SearchMessages);
        var response = await call.RunAsync(
            () => SearchRequestAsync(call, search, page, size, cancellationToken),
            static raw => EssentialMessageMapper.ToSearchPage(raw, hasNextPage: false)).ConfigureAwait(false);

        // Whether a next page exists is in the headers, which only the finished call has.
        var value = new EssentialMessageSearchPage { Total = response.Value.Total, Results = response.Value.Results, HasNextPage = LinkHeader.HasNext(response.Headers) };
        return new SubscriberResponse<EssentialMessageSearchPage>(value, response.StatusCode, response.Headers, response.RequestId, response.Attempts);
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
