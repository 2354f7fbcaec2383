using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using static SubscriberSimulator.Engines.MobileTextAlerts.Api.MtaQuery;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// Mobile Text Alerts' v3 routes (relative to /mta), each with its operationId in
/// openapi/mobile-text-alerts.json, its handler behind the query parameters it takes, and its
/// rate-limit bucket: the subscriber and bulk routes share one account window of 15 per 15 s, the
/// custom-field list has its own 15 per 15 s, and everything else counts against the general
/// 30 per minute (the dialect's default bucket).
/// </summary>
internal sealed class MtaApi(MtaIds ids) : IEngineApi<MtaAccount>
{
    private const string Subscribers = RateLimitDefaults.MtaSubscribers;

    public void Map(ApiRoutes<MtaAccount> routes)
    {
        var subscribers = new SubscriberHandlers(ids);
        var bulk = new BulkHandlers(ids);
        var unsubscribes = new UnsubscribeHandlers(ids);
        var groups = new GroupHandlers(ids);
        var customFields = new CustomFieldHandlers(ids);
        routes
            .Post("/v3/subscribers", "upsertSubscriber", Takes(subscribers.Create), Subscribers)
            .Get("/v3/subscribers", "listSubscribers", Takes(SubscriberHandlers.List, Page, PageSize, Search), Subscribers)
            .Get("/v3/subscribers/{idOrNumberOrEmail}", "getSubscriber", Takes(SubscriberHandlers.Get), Subscribers)
            .Patch("/v3/subscribers/{idOrNumberOrEmail}", "updateSubscriber", Takes(subscribers.Update), Subscribers)
            .Delete("/v3/subscribers/{idOrNumberOrEmail}", "deleteSubscriber", Takes(SubscriberHandlers.Delete), Subscribers)

            // The bulk routes skip the generic spec walk: over 1,000 records it cost about five times
            // the whole request (13k against 72k records/s measured), and their single-pass readers
            // (BulkCreateCommand, BulkUpdateCommand) enforce the same item schema (types, required
            // fields, the 1,000 limit, createOnly's values) and also refuse unknown fields.
            // MtaSpecAgreementTests keeps the readers and the spec in step.
            .Post("/v3/subscribers/bulk", BulkHandlers.CreateOperation, Takes(bulk.Create, BulkCreateCommand.CreateOnlyParameter), Subscribers, validatesWithSpec: false)
            .Patch("/v3/subscribers/bulk", BulkHandlers.UpdateOperation, Takes(bulk.Update), Subscribers, validatesWithSpec: false)
            .Post("/v3/unsubscribes", "createUnsubscribe", Takes(unsubscribes.Create))
            .Get("/v3/unsubscribes", "listUnsubscribes", Takes(UnsubscribeHandlers.List, Page, PageSize, Search))
            .Get("/v3/unsubscribes/{number}", "getUnsubscribeStatus", Takes(UnsubscribeHandlers.GetStatus))
            .Post("/v3/groups", "createGroup", Takes(groups.Create))
            .Get("/v3/groups", "listGroups", Takes(GroupHandlers.List, Page, PageSize))
            .Get("/v3/groups/{groupId}", "getGroup", Takes(GroupHandlers.Get))
            .Post("/v3/custom-fields", "createCustomField", Takes(customFields.Create))

            // Only the list has the documented account override; getting or creating one field keeps the general limit.
            .Get("/v3/custom-fields", "listCustomFields", Takes(CustomFieldHandlers.List), RateLimitDefaults.MtaCustomFieldsList)
            .Get("/v3/custom-fields/{customFieldId}", "getCustomField", Takes(CustomFieldHandlers.Get))
            .Get("/v3/auth/verify-api-key", "verifyApiKey", Takes(AuthHandlers.VerifyApiKey));
    }
}
