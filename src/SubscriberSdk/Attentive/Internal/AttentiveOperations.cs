using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Attentive.Internal;

/// <summary>Pipeline policy per Attentive operation, with its own rate-limit bucket.</summary>
internal static class AttentiveOperations
{
    // A replayed opt-in or opt-out is recorded as PREVIOUSLY_CREATED / PREVIOUSLY_UNSUBSCRIBED: no duplicate.
    public static readonly OperationPolicy Subscribe = new("subscriptions.create", RetrySafety.NaturalKeyUpsert, PacingBuckets.Subscribe);
    public static readonly OperationPolicy Unsubscribe = new("subscriptions.unsubscribe", RetrySafety.NaturalKeyUpsert, PacingBuckets.Unsubscribe);
    public static readonly OperationPolicy Get = new("subscriptions.get");
    public static readonly OperationPolicy Me = new("me.get");

    // Attribute values replace the stored ones and identify links what is already linked: a replay changes nothing.
    public static readonly OperationPolicy SetCustomAttributes = new("attributes.setCustom", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Identify = new("identity.identify", RetrySafety.NaturalKeyUpsert, PacingBuckets.Identity);

    // Every event carries an externalEventId (the caller's or a generated one) that Attentive records once.
    public static readonly OperationPolicy SendCustomEvent = new("events.sendCustom", RetrySafety.IdempotencyKey);

    // A v2 record upserts its user and opts in like subscribe: a replay reports the subscriptions as existing.
    public static readonly OperationPolicy UpsertUser = new("users.upsert", RetrySafety.NaturalKeyUpsert);

    // Each accepted submission is a new job: retried only after a 429, never after an ambiguous failure.
    public static readonly OperationPolicy SubmitBulkJob = new("bulkJobs.submit", RetrySafety.Never, PacingBuckets.BulkJobs);
    public static readonly OperationPolicy GetBulkJob = new("bulkJobs.get", PacingBucket: PacingBuckets.BulkJobs);
}
