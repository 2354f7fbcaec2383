using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>Essential's v2 routes (relative to /essential), each with its operationId in openapi/essential.json and its handler.</summary>
internal sealed class EssentialApi : IEngineApi<EssentialAccount>
{
    public void Map(ApiRoutes<EssentialAccount> routes) => routes
        .Post("/v2/account/channels/{channel_sid}/subscribers/upsert", "upsertSubscriber", SubscriberHandlers.Upsert)
        .Post("/v2/account/subscribers", "createSubscriber", SubscriberHandlers.Create)
        .Get("/v2/account/subscribers", "listSubscribers", SubscriberHandlers.List)
        .Get("/v2/account/subscribers/{subscriber_sid}", "getSubscriber", SubscriberHandlers.Get)
        .Put("/v2/account/subscribers/{subscriber_sid}", "updateSubscriber", SubscriberHandlers.Update)
        .Delete("/v2/account/subscribers/{subscriber_sid}", "unsubscribeSubscriber", SubscriberHandlers.Unsubscribe)
        .Post("/v2/account/tags", "createTag", TagHandlers.Create)
        .Get("/v2/account/channels/{channel_sid}/tags", "listChannelTags", TagHandlers.List)
        .Post("/v2/channel/{channel_sid}/welcome_series/create_default", "createWelcomeSeries", WelcomeSeriesHandlers.Create)
        .Post("/v2/channel/{channel_sid}/welcome_series/{series_sid}/items", "addWelcomeSeriesItem", WelcomeSeriesHandlers.AddItem)
        .Post(
            "/v2/account/channels/{channel_sid}/subscribers/{phone_number}/automation_workflow_executions/start",
            "startWorkflowExecution",
            WorkflowHandlers.Start);
}
