using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using static SubscriberSimulator.Engines.MobileTextAlerts.Api.MtaQuery;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// Mobile Text Alerts' v3 routes (relative to /mta), each with its operationId in
/// openapi/mobile-text-alerts.json, its handler behind the query parameters it takes, and its
/// rate-limit bucket: the subscriber and bulk routes (and the export) share one account window of
/// 15 per 15 s, the custom-field list has its own 15 per 15 s, group bulk-create and bulk-delete
/// share 5 per 15 s, send has 25 per 15 s, and everything else counts against the general
/// 30 per minute (the dialect's default bucket).
/// </summary>
internal sealed class MtaApi(MtaIds ids, TimeProvider clock) : IEngineApi<MtaAccount>
{
    private const string Subscribers = RateLimitDefaults.MtaSubscribers;
    private const string GroupBulk = RateLimitDefaults.MtaGroupBulk;

    public void Map(ApiRoutes<MtaAccount> routes)
    {
        var subscribers = new SubscriberHandlers(ids, clock);
        var bulk = new BulkHandlers(ids);
        var unsubscribes = new UnsubscribeHandlers(ids);
        var groups = new GroupHandlers(ids);
        var members = new GroupMemberHandlers(ids);
        var customFields = new CustomFieldHandlers(ids);
        var messages = new MessageHandlers(ids);
        routes
            .Post("/v3/subscribers", "upsertSubscriber", Takes(subscribers.Create), Subscribers)
            .Get("/v3/subscribers", "listSubscribers", Takes(SubscriberHandlers.List, Page, PageSize, Search), Subscribers)
            .Get("/v3/subscribers/export", "exportSubscribers", Takes(subscribers.Export, Search), Subscribers)
            .Get("/v3/subscribers/{idOrNumberOrEmail}", "getSubscriber", Takes(SubscriberHandlers.Get), Subscribers)
            .Patch("/v3/subscribers/{idOrNumberOrEmail}", "updateSubscriber", Takes(subscribers.Update), Subscribers)
            .Delete("/v3/subscribers/{idOrNumberOrEmail}", "deleteSubscriber", Takes(SubscriberHandlers.Delete), Subscribers)

            // The bulk routes skip the generic spec walk: over 1,000 records it cost about five times
            // the whole request (13k against 72k records/s measured), and their single-pass readers
            // (BulkCreateCommand, BulkUpdateCommand, GroupSubscriberIdsCommand, BulkUnsubscribeCommand)
            // enforce the same schema (types, required fields, the 1,000 limit, createOnly's values)
            // and also refuse unknown fields. MtaSpecAgreementTests keeps the readers and the spec in step.
            .Post("/v3/subscribers/bulk", BulkHandlers.CreateOperation, Takes(bulk.Create, BulkCreateCommand.CreateOnlyParameter), Subscribers, validatesWithSpec: false)
            .Patch("/v3/subscribers/bulk", BulkHandlers.UpdateOperation, Takes(bulk.Update), Subscribers, validatesWithSpec: false)
            .Post("/v3/unsubscribes", "createUnsubscribe", Takes(unsubscribes.Create))
            .Post("/v3/unsubscribes/bulk", UnsubscribeHandlers.BulkCreateOperation, Takes(unsubscribes.BulkCreate), validatesWithSpec: false)
            .Get("/v3/unsubscribes", "listUnsubscribes", Takes(UnsubscribeHandlers.List, Page, PageSize, Search))
            .Get("/v3/unsubscribes/{number}", "getUnsubscribeStatus", Takes(UnsubscribeHandlers.GetStatus))
            .Post("/v3/groups", "createGroup", Takes(groups.Create))
            .Get("/v3/groups", "listGroups", Takes(GroupHandlers.List, Page, PageSize))
            .Get("/v3/groups/member-count/all", "listGroupMemberCounts", Takes(GroupHandlers.AllMemberCounts))
            .Get("/v3/groups/member-count/bulk", "getGroupMemberCounts", Takes(GroupHandlers.MemberCounts, GroupHandlers.GroupIdsParameter))
            .Get("/v3/groups/{groupId}", "getGroup", Takes(GroupHandlers.Get))
            .Patch("/v3/groups/{groupId}", "updateGroup", Takes(GroupHandlers.Update))
            .Delete("/v3/groups/{groupId}", "deleteGroup", Takes(groups.Delete))
            .Get("/v3/groups/{groupId}/member-count", "getGroupMemberCount", Takes(GroupHandlers.MemberCount))
            .Post("/v3/groups/{groupId}/subscribers", "addSubscriberToGroup", Takes(members.Add))
            .Delete("/v3/groups/{groupId}/subscribers/{subscriberId}", "removeSubscriberFromGroup", Takes(members.Remove))
            .Post("/v3/groups/{groupId}/subscribers/bulk-create", GroupMemberHandlers.BulkAddOperation, Takes(members.BulkAdd), GroupBulk, validatesWithSpec: false)
            .Post("/v3/groups/{groupId}/subscribers/bulk-delete", GroupMemberHandlers.BulkRemoveOperation, Takes(members.BulkRemove), GroupBulk, validatesWithSpec: false)
            .Post("/v3/custom-fields", "createCustomField", Takes(customFields.Create))

            // Only the list has the documented account override; getting or creating one field keeps the general limit.
            .Get("/v3/custom-fields", "listCustomFields", Takes(CustomFieldHandlers.List), RateLimitDefaults.MtaCustomFieldsList)
            .Get("/v3/custom-fields/{customFieldId}", "getCustomField", Takes(CustomFieldHandlers.Get))
            .Delete("/v3/custom-fields/{customFieldId}", "deleteCustomField", Takes(customFields.Delete))
            .Post("/v3/send", "sendMessage", Takes(messages.Send), RateLimitDefaults.MtaSend)
            .Get("/v3/auth/verify-api-key", "verifyApiKey", Takes(AuthHandlers.VerifyApiKey));
    }
}
