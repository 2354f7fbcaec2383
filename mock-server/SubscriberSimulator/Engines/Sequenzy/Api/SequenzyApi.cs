using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>
/// Sequenzy's v1 routes (relative to /sequenzy), each with its operationId in openapi/sequenzy.json,
/// the scopes its key needs, the body check that runs before the spec step, and its handler. Every
/// route counts against the key's one rate-limit bucket (100 per minute, 20 per second). A literal
/// segment wins over a parameter for the methods it serves (POST /subscribers/events is an event,
/// GET /subscribers/events@example.com a subscriber); a method only the parameter route has falls
/// back to it (GET /subscribers/events reads "events" as an email: 400).
/// </summary>
internal sealed class SequenzyApi : IEngineApi<SequenzyWorkspace>
{
    private const string Subscribers = "/api/v1/subscribers";
    private const string Read = SequenzyScopes.SubscribersRead;
    private const string Write = SequenzyScopes.SubscribersWrite;
    private const string Tag = SequenzyScopes.SubscribersTag;
    private const string TagsWrite = SequenzyScopes.TagsWrite;
    private const string Trigger = SequenzyScopes.AutomationsTrigger;
    private const string Sequence = "/api/v1/sequences/{sequenceId}";

    public void Map(ApiRoutes<SequenzyWorkspace> routes) => routes
        .Post(Subscribers, "createSubscriber", SubscriberHandlers.Create, scope: Write, checkBody: UpsertCommand.CheckShape)
        .Get(Subscribers, "listSubscribers", SubscriberHandlers.List, scope: Read)
        .Get(Subscribers + "/external", "getSubscriberByExternalId", SubscriberHandlers.GetByExternalId, scope: Read)
        .Patch(Subscribers + "/external", "updateSubscriberByExternalId", SubscriberHandlers.UpdateByExternalId, scope: Write, checkBody: UpdateCommand.CheckShape)
        .Delete(Subscribers + "/external", "deleteSubscriberByExternalId", SubscriberHandlers.DeleteByExternalId, scope: Write)
        .Get(Subscribers + "/external/{externalId}", "getSubscriberByExternalIdPath", SubscriberHandlers.GetByExternalIdInPath, scope: Read)
        .Patch(Subscribers + "/external/{externalId}", "updateSubscriberByExternalIdPath", SubscriberHandlers.UpdateByExternalIdInPath, scope: Write, checkBody: UpdateCommand.CheckShape)
        .Delete(Subscribers + "/external/{externalId}", "deleteSubscriberByExternalIdPath", SubscriberHandlers.DeleteByExternalIdInPath, scope: Write)
        .Get(Subscribers + "/{email}", "getSubscriberByEmail", SubscriberHandlers.GetByEmail, scope: Read)
        .Patch(Subscribers + "/{email}", "updateSubscriberByEmail", SubscriberHandlers.UpdateByEmail, scope: Write, checkBody: UpdateCommand.CheckShape)
        .Delete(Subscribers + "/{email}", "deleteSubscriberByEmail", SubscriberHandlers.DeleteByEmail, scope: Write)
        .Post(Subscribers + "/tags", "addSubscriberTag", TagHandlers.AddOne, scope: Tag, checkBody: TagCommand.CheckAddOne)
        .Post(Subscribers + "/tags/bulk", "addSubscriberTags", TagHandlers.AddMany, scope: Tag, checkBody: TagCommand.CheckAddMany)
        .Post(Subscribers + "/tags/remove", "removeSubscriberTag", TagHandlers.Remove, scope: Tag, checkBody: TagCommand.CheckRemove)
        .Post(Subscribers + "/bulk/tags/add", "bulkAddSubscriberTags", TagHandlers.BulkAdd, scope: Tag, checkBody: BulkTagCommand.CheckAdd)
        .Post(Subscribers + "/bulk/tags/remove", "bulkRemoveSubscriberTags", TagHandlers.BulkRemove, scope: Tag + "|" + Write, checkBody: BulkTagCommand.CheckRemove)
        .Post(Subscribers + "/{email}/notes", "addSubscriberNoteByEmail", NoteHandlers.AddByEmail, scope: Write, checkBody: NoteCommand.CheckShape)
        .Post(Subscribers + "/external/notes", "addSubscriberNoteByExternalId", NoteHandlers.AddByExternalId, scope: Write, checkBody: NoteCommand.CheckShape)
        .Delete(Subscribers + "/notes/{noteId}", "deleteSubscriberNote", NoteHandlers.Delete, scope: Write)
        .Post(Subscribers + "/events", "triggerSubscriberEvent", EventHandlers.TriggerOne, scope: Write, checkBody: EventCommand.CheckOne)
        .Post(Subscribers + "/events/bulk", "triggerSubscriberEvents", EventHandlers.TriggerMany, scope: Write, checkBody: EventCommand.CheckMany)
        .Post("/api/v1/events/bulk", "importEvents", EventHandlers.Import, scope: Write, checkBody: ImportEventsCommand.CheckShape)
        .Get("/api/v1/tags", "listTagDefinitions", TagDefinitionHandlers.List, scope: Read)
        .Post("/api/v1/tags", "createTagDefinition", TagDefinitionHandlers.Create, scope: TagsWrite, checkBody: TagDefinitionCommand.CheckCreate)
        .Patch("/api/v1/tags/{tagId}", "updateTagDefinition", TagDefinitionHandlers.Update, scope: TagsWrite, checkBody: TagDefinitionCommand.CheckUpdate)
        .Delete("/api/v1/tags/{tagId}", "deleteTagDefinition", TagDefinitionHandlers.Delete, scope: TagsWrite)
        .Post(Subscribers + "/imports", "createSubscriberImport", ImportHandlers.Create, scope: Write, checkBody: ImportCommand.CheckShape)
        .Get(Subscribers + "/imports/{importId}", "getSubscriberImport", ImportHandlers.Get, scope: Read)
        .Get("/api/v1/lists", "listLists", ListHandlers.List, scope: Read)
        .Post("/api/v1/lists/{listId}/subscribers", "addSubscribersToList", ListHandlers.AddSubscribers,
            scope: SequenzyScopes.ListsWrite + " " + SequenzyScopes.SubscribersWrite, checkBody: ListAddCommand.CheckShape)
        .Post("/api/v1/lists/{listId}/subscribers/remove", "removeSubscribersFromList", ListHandlers.RemoveSubscribers, scope: SequenzyScopes.ListsWrite, checkBody: ListRemoveCommand.CheckShape)
        .Post(Sequence + "/enroll", "enrollSubscribersInSequence", SequenceHandlers.Enroll, scope: Trigger, checkBody: EnrollCommand.CheckShape)
        .Get(Sequence + "/enrollments", "listSequenceEnrollments", SequenceHandlers.ListEnrollments, scope: Read)
        .Post(Sequence + "/enrollments/cancel", "cancelSequenceEnrollments", SequenceHandlers.Cancel, scope: Trigger, checkBody: CancelCommand.CheckShape);
}
