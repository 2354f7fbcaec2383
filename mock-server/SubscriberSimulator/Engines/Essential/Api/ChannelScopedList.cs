using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>
/// The account-level lists that take <c>channel_sid</c> (tags, transports, campaigns): the account's
/// items or one channel's (404 for a channel the account does not have), one page, Link to the next.
/// </summary>
internal static class ChannelScopedList
{
    /// <param name="call">The list request.</param>
    /// <param name="items">The account's items in their stable (creation) order; read under the account's lock.</param>
    /// <param name="channelOf">The channel SID of an item.</param>
    /// <param name="write">Writes one item as the API answers it.</param>
    /// <param name="otherFilters">Query parameters besides <c>channel_sid</c> the next page's link keeps.</param>
    public static ProviderResponse Respond<T>(
        ProviderCall<EssentialAccount> call,
        Func<EssentialAccount, IEnumerable<T>> items,
        Func<T, string> channelOf,
        Action<Utf8JsonWriter, string, T> write,
        params string[] otherFilters)
    {
        var page = EssentialPage.FromQuery(call.Query);
        var requestedChannel = call.Query.First("channel_sid");
        ProviderResponse response;
        bool hasMore;
        lock (call.Tenant.Gate)
        {
            var account = call.Tenant;
            var channelSid = requestedChannel is null ? null : account.GetChannel(requestedChannel).Sid;
            var selected = items(account).Where(item => channelSid is null || channelOf(item) == channelSid).ToList();
            response = EssentialJson.ArrayResponse(200, account.Sid, Paging.Slice(selected, page.Number, page.Size, out hasMore), write);
        }

        return page.LinkNext(response, call.Request, hasMore, ["channel_sid", .. otherFilters]);
    }
}
