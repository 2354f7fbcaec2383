using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>The channel routes: list (paged) and get. Channels are read-only through the API.</summary>
internal static class ChannelHandlers
{
    public static ProviderResponse List(ProviderCall<EssentialAccount> call)
    {
        var page = EssentialPage.FromQuery(call.Query);
        ProviderResponse response;
        bool hasMore;
        lock (call.Tenant.Gate)
        {
            // Channels are never removed, so the dictionary's insertion order is creation order.
            var channels = Paging.Slice(call.Tenant.ChannelsBySid.Values.ToList(), page.Number, page.Size, out hasMore);
            response = EssentialJson.ArrayResponse(200, call.Tenant.Sid, channels, EssentialCatalogJson.WriteChannel);
        }

        return page.LinkNext(response, call.Request, hasMore);
    }

    /// <summary>By SID only (with or without <c>ch_</c>), not by name.</summary>
    public static ProviderResponse Get(ProviderCall<EssentialAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            var channel = call.Tenant.GetChannel(call.Route["channel_sid"]);
            return JsonResponse.Create(200, (call.Tenant.Sid, channel), static (writer, state) => EssentialCatalogJson.WriteChannel(writer, state.Sid, state.channel));
        }
    }
}
