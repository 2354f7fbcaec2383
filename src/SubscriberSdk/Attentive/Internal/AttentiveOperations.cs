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
}
