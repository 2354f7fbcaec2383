using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>
/// Essential's v2 routes (relative to /essential), each with its operationId in openapi/essential.json
/// and its handler. Essential documents no rate limit, so every route shares the default bucket.
/// </summary>
internal sealed class EssentialApi : IEngineApi<EssentialAccount>
{
    private const string Channel = "/v2/account/channels/{channel_sid}";
    private const string ChannelSubscriber = Channel + "/subscribers/{phone_number}";

    public void Map(ApiRoutes<EssentialAccount> routes) => routes
        .Post(Channel + "/subscribers/upsert", "upsertSubscriber", SubscriberHandlers.Upsert)
        .Post("/v2/account/subscribers", "createSubscriber", SubscriberHandlers.Create)
        .Get("/v2/account/subscribers", "listSubscribers", SubscriberHandlers.List)
        .Get("/v2/account/subscribers/{subscriber_sid}", "getSubscriber", SubscriberHandlers.Get)
        .Put("/v2/account/subscribers/{subscriber_sid}", "updateSubscriber", SubscriberHandlers.Update)
        .Delete("/v2/account/subscribers/{subscriber_sid}", "unsubscribeSubscriber", SubscriberHandlers.Unsubscribe)
        .Post("/v2/account/tags", "createTag", TagHandlers.Create)
        .Get("/v2/account/tags", "listAccountTags", TagHandlers.ListForAccount)
        .Get(Channel + "/tags", "listChannelTags", TagHandlers.ListForChannel)
        .Get("/v2/account/channels", "listChannels", ChannelHandlers.List)
        .Get(Channel, "getChannel", ChannelHandlers.Get)
        .Get("/v2/account/transports", "listTransports", TransportHandlers.List)
        .Get("/v2/account/campaigns", "listCampaigns", CampaignHandlers.List)
        .Post(ChannelSubscriber + "/messages", "sendSubscriberMessage", MessageHandlers.SendOnChannel)
        .Post("/v2/account/messages", "createAccountMessage", MessageHandlers.SendToSubscriber)
        .Get("/v2/account/messages/search", "searchMessages", MessageHandlers.Search)
        .Post("/v2/channel/{channel_sid}/welcome_series/create_default", "createWelcomeSeries", WelcomeSeriesHandlers.Create)
        .Post("/v2/channel/{channel_sid}/welcome_series/{series_sid}/items", "addWelcomeSeriesItem", WelcomeSeriesHandlers.AddItem)
        .Post(ChannelSubscriber + "/automation_workflow_executions/start", "startWorkflowExecution", WorkflowHandlers.Start);
}
