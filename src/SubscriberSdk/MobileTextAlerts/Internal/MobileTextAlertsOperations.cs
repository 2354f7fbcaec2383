using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>
/// Pipeline policy per Mobile Text Alerts operation. Buckets follow the provider's windows: the subscriber
/// and bulk endpoints (and the export) pace in the default bucket, group bulk-create and bulk-delete share
/// theirs, send has its own, and the rest count against the general limit.
/// </summary>
internal static class MobileTextAlertsOperations
{
    // Create-or-update by phone/email: a replay updates the same subscriber (group ids merge, so adding twice is harmless).
    public static readonly OperationPolicy Upsert = new("subscribers.upsert", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Get = new("subscribers.get");
    public static readonly OperationPolicy List = new("subscribers.list");
    public static readonly OperationPolicy Export = new("subscribers.export");
    public static readonly OperationPolicy Update = new("subscribers.update", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Delete = new("subscribers.delete");
    public static readonly OperationPolicy BulkCreate = new("subscribers.bulk_create", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy BulkUpdate = new("subscribers.bulk_update", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Unsubscribe = new("unsubscribes.create", RetrySafety.NaturalKeyUpsert, PacingBuckets.General);

    // Opting a number out twice leaves it opted out once.
    public static readonly OperationPolicy BulkUnsubscribe = new("unsubscribes.bulk_create", RetrySafety.NaturalKeyUpsert, PacingBuckets.General);
    public static readonly OperationPolicy UnsubscribeStatus = new("unsubscribes.get", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy ListUnsubscribes = new("unsubscribes.list", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy CreateGroup = new("groups.create", RetrySafety.Never, PacingBuckets.General);
    public static readonly OperationPolicy ListGroups = new("groups.list", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy GetGroup = new("groups.get", PacingBucket: PacingBuckets.General);

    // A PATCH that sets the given fields: a replay sets them again.
    public static readonly OperationPolicy UpdateGroup = new("groups.update", RetrySafety.NaturalKeyUpsert, PacingBuckets.General);
    public static readonly OperationPolicy DeleteGroup = new("groups.delete", PacingBucket: PacingBuckets.General);

    // Membership calls are idempotent at the provider (a member is added once, a non-member skipped).
    public static readonly OperationPolicy AddGroupSubscriber = new("groups.add_subscriber", RetrySafety.NaturalKeyUpsert, PacingBuckets.General);
    public static readonly OperationPolicy RemoveGroupSubscriber = new("groups.remove_subscriber", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy AddGroupSubscribers = new("groups.bulk_add_subscribers", RetrySafety.NaturalKeyUpsert, PacingBuckets.GroupBulk);
    public static readonly OperationPolicy RemoveGroupSubscribers = new("groups.bulk_remove_subscribers", RetrySafety.NaturalKeyUpsert, PacingBuckets.GroupBulk);
    public static readonly OperationPolicy GroupMemberCount = new("groups.member_count", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy GroupMemberCounts = new("groups.member_counts", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy AllGroupMemberCounts = new("groups.member_counts_all", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy CreateCustomField = new("custom_fields.create", RetrySafety.Never, PacingBuckets.General);

    // The provider gives the list its own 15 per 15 s; pacing it with the subscriber endpoints stays within it.
    public static readonly OperationPolicy ListCustomFields = new("custom_fields.list");
    public static readonly OperationPolicy GetCustomField = new("custom_fields.get", PacingBucket: PacingBuckets.General);
    public static readonly OperationPolicy DeleteCustomField = new("custom_fields.delete", PacingBucket: PacingBuckets.General);

    // Every accepted send messages its recipients again: never replayed after it may have arrived.
    public static readonly OperationPolicy Send = new("messages.send", RetrySafety.Never, PacingBuckets.Send);
    public static readonly OperationPolicy VerifyApiKey = new("auth.verify_api_key", PacingBucket: PacingBuckets.General);
}
