using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>The message routes: the two sends (201 with the message, 405 for a subscriber who is not subscribed) and the search.</summary>
internal static class MessageHandlers
{
    public static ProviderResponse SendOnChannel(ProviderCall<EssentialAccount> call)
    {
        var command = SendMessageCommand.FromJson(call.Body, requiresSubscriber: false);
        using var work = call.BeginWork();
        var message = MessageRules.SendOnChannel(work, call.Route["channel_sid"], call.Route["phone_number"], command);
        work.Commit();
        return EssentialMessageJson.SentResponse(call.Tenant.Sid, message);
    }

    public static ProviderResponse SendToSubscriber(ProviderCall<EssentialAccount> call)
    {
        var command = SendMessageCommand.FromJson(call.Body, requiresSubscriber: true);
        using var work = call.BeginWork();
        var message = MessageRules.SendToSubscriber(work, command);
        work.Commit();
        return EssentialMessageJson.SentResponse(call.Tenant.Sid, message);
    }

    /// <summary>Newest first, paged like the lists; <c>total</c> counts every match.</summary>
    public static ProviderResponse Search(ProviderCall<EssentialAccount> call)
    {
        var page = EssentialPage.FromQuery(call.Query);
        var filter = SearchMessagesQuery.Read(call.Query);
        ProviderResponse response;
        bool hasMore;
        lock (call.Tenant.Gate)
        {
            var results = MessageRules.Search(call.Tenant, filter, page.Number, page.Size, out var total, out hasMore);
            response = EssentialMessageJson.SearchResponse(call.Tenant, total, results);
        }

        return page.LinkNext(response, call.Request, hasMore, "channel", "to_phone_number", "from_phone_number", "start_time", "end_time", "status");
    }
}
