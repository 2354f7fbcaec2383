using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>
/// The subscriber routes. Each handler reads its input, then, holding the account's unit of
/// work, runs the rule and commits; reads hold the account's lock. The body was already checked
/// against the spec; the rules refuse what the spec cannot say.
/// </summary>
internal static class SubscriberHandlers
{
    public static ProviderResponse Upsert(ProviderCall<EssentialAccount> call)
    {
        var command = UpsertCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var outcome = UpsertRules.Upsert(work, call.Route["channel_sid"], command);
        work.Commit();
        return EssentialJson.SubscriberResponse(outcome.Created ? 201 : 200, call.Tenant.Sid, outcome.Subscriber);
    }

    public static ProviderResponse Create(ProviderCall<EssentialAccount> call)
    {
        var command = CreateSubscriberCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var subscriber = SubscriberRules.Create(work, command);
        work.Commit();
        return EssentialJson.SubscriberResponse(201, call.Tenant.Sid, subscriber);
    }

    public static ProviderResponse Get(ProviderCall<EssentialAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return EssentialJson.SubscriberResponse(200, call.Tenant.Sid, call.Tenant.GetSubscriber(call.Route["subscriber_sid"]));
        }
    }

    public static ProviderResponse Update(ProviderCall<EssentialAccount> call)
    {
        var command = UpdateSubscriberCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var subscriber = SubscriberRules.Update(work, call.Route["subscriber_sid"], command);
        work.Commit();
        return EssentialJson.SubscriberResponse(200, call.Tenant.Sid, subscriber);
    }

    public static ProviderResponse Unsubscribe(ProviderCall<EssentialAccount> call)
    {
        using var work = call.BeginWork();
        var subscriber = SubscriberRules.Unsubscribe(work, call.Route["subscriber_sid"]);
        work.Commit();
        return EssentialJson.SubscriberResponse(200, call.Tenant.Sid, subscriber);
    }

    /// <summary>Pages from 1; the next page, when there is one, is in the Link header.</summary>
    public static ProviderResponse List(ProviderCall<EssentialAccount> call)
    {
        var page = EssentialPage.FromQuery(call.Query);
        var channelSid = call.Query.First("channel_sid");
        ProviderResponse response;
        bool hasMore;
        lock (call.Tenant.Gate)
        {
            var subscribers = SubscriberRules.ListPage(call.Tenant, channelSid, page.Number, page.Size, out hasMore);
            response = EssentialJson.ArrayResponse(200, call.Tenant.Sid, subscribers, EssentialJson.WriteSubscriber);
        }

        return page.LinkNext(response, call.Request, hasMore, "channel_sid");
    }
}
