using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Sequenzy.Internal;

/// <summary>Pipeline policy per Sequenzy operation.</summary>
internal static class SequenzyOperations
{
    // Create is upsert-style (external id, then email): a replay finds the first attempt's subscriber.
    public static readonly OperationPolicy Upsert = new("subscribers.create", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Get = new("subscribers.get");
    public static readonly OperationPolicy List = new("subscribers.list");
    public static readonly OperationPolicy Update = new("subscribers.update", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Delete = new("subscribers.delete");
    public static readonly OperationPolicy AddTag = new("subscribers.add_tag", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy AddTags = new("subscribers.add_tags", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy RemoveTag = new("subscribers.remove_tag", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy CreateImport = new("imports.create", RetrySafety.IdempotencyKey);
    public static readonly OperationPolicy GetImport = new("imports.get");
    public static readonly OperationPolicy ListLists = new("lists.list");
    public static readonly OperationPolicy AddToList = new("lists.add_subscribers", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy RemoveFromList = new("lists.remove_subscribers", RetrySafety.NaturalKeyUpsert);

    // Bulk tagging sets tags on existing subscribers only: a replay finds them tagged (or untagged) and reports them unchanged.
    public static readonly OperationPolicy BulkAddTags = new("subscribers.bulk_add_tags", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy BulkRemoveTags = new("subscribers.bulk_remove_tags", RetrySafety.NaturalKeyUpsert);

    // A note has no natural key: a replay would add it twice.
    public static readonly OperationPolicy AddNote = new("subscribers.add_note", RetrySafety.Never);
    public static readonly OperationPolicy DeleteNote = new("subscribers.delete_note");

    // An event is deduplicated only by its eventId; without one a replay records it (and runs its sync rule) twice.
    public static readonly OperationPolicy TriggerEventWithId = new("events.trigger", RetrySafety.IdempotencyKey);
    public static readonly OperationPolicy TriggerEvent = new("events.trigger", RetrySafety.Never);
    public static readonly OperationPolicy TriggerEventsWithIds = new("events.trigger_many", RetrySafety.IdempotencyKey);
    public static readonly OperationPolicy TriggerEvents = new("events.trigger_many", RetrySafety.Never);

    // Every imported event carries a required eventId: a replay counts them as duplicates.
    public static readonly OperationPolicy ImportEvents = new("events.import", RetrySafety.IdempotencyKey);

    public static readonly OperationPolicy ListTags = new("tags.list");

    // A replayed create finds its own tag and answers 409: not safe to repeat blindly.
    public static readonly OperationPolicy CreateTag = new("tags.create", RetrySafety.Never);
    public static readonly OperationPolicy UpdateTag = new("tags.update", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy DeleteTag = new("tags.delete");

    // Enrolling skips subscribers already enrolled and cancelling finds nothing left running: both replay harmlessly.
    public static readonly OperationPolicy Enroll = new("sequences.enroll", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy ListEnrollments = new("sequences.list_enrollments");
    public static readonly OperationPolicy CancelEnrollments = new("sequences.cancel_enrollments", RetrySafety.NaturalKeyUpsert);
}
