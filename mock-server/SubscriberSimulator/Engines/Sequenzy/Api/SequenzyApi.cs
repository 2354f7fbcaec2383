using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>
/// Sequenzy's v1 routes (relative to /sequenzy), each with its operationId in openapi/sequenzy.json,
/// the scopes its key needs, the body check that runs before the spec step, and its handler. Every
/// route counts against the workspace's one rate-limit bucket.
/// </summary>
internal sealed class SequenzyApi : IEngineApi<SequenzyWorkspace>
{
    private const string Subscribers = "/api/v1/subscribers";
    private const string Read = SequenzyScopes.SubscribersRead;
    private const string Write = SequenzyScopes.SubscribersWrite;
    private const string Tag = SequenzyScopes.SubscribersTag;

    public void Map(ApiRoutes<SequenzyWorkspace> routes) => routes
        .Post(Subscribers, "createSubscriber", SubscriberHandlers.Create, scope: Write, checkBody: UpsertCommand.CheckShape)
        .Get(Subscribers, "listSubscribers", SubscriberHandlers.List, scope: Read)
        .Get(Subscribers + "/external", "getSubscriberByExternalId", SubscriberHandlers.GetByExternalId, scope: Read)
        .Patch(Subscribers + "/external", "updateSubscriberByExternalId", SubscriberHandlers.UpdateByExternalId, scope: Write, checkBody: UpdateCommand.CheckShape)
        .Delete(Subscribers + "/external", "deleteSubscriberByExternalId", SubscriberHandlers.DeleteByExternalId, scope: Write)
        .Get(Subscribers + "/{email}", "getSubscriberByEmail", SubscriberHandlers.GetByEmail, scope: Read)
        .Patch(Subscribers + "/{email}", "updateSubscriberByEmail", SubscriberHandlers.UpdateByEmail, scope: Write, checkBody: UpdateCommand.CheckShape)
        .Delete(Subscribers + "/{email}", "deleteSubscriberByEmail", SubscriberHandlers.DeleteByEmail, scope: Write)
        .Post(Subscribers + "/tags", "addSubscriberTag", TagHandlers.AddOne, scope: Tag, checkBody: TagCommand.CheckAddOne)
        .Post(Subscribers + "/tags/bulk", "addSubscriberTags", TagHandlers.AddMany, scope: Tag, checkBody: TagCommand.CheckAddMany)
        .Post(Subscribers + "/tags/remove", "removeSubscriberTag", TagHandlers.Remove, scope: Tag, checkBody: TagCommand.CheckRemove)
        .Post(Subscribers + "/imports", "createSubscriberImport", ImportHandlers.Create, scope: Write, checkBody: ImportCommand.CheckShape)
        .Get(Subscribers + "/imports/{importId}", "getSubscriberImport", ImportHandlers.Get, scope: Read)
        .Get("/api/v1/lists", "listLists", ListHandlers.List, scope: Read)
        .Post("/api/v1/lists/{listId}/subscribers", "addSubscribersToList", ListHandlers.AddSubscribers,
            scope: SequenzyScopes.ListsWrite + " " + SequenzyScopes.SubscribersWrite, checkBody: ListAddCommand.CheckShape);
}
