namespace SubscriberSdk.Http.Internal;

/// <summary>Per-operation pipeline settings, declared once by each facade method.</summary>
/// <param name="Name">Logical operation name for logs, traces and metrics, e.g. <c>subscribers.upsert</c>.</param>
/// <param name="Safety">Whether a retry after an ambiguous failure is safe.</param>
/// <param name="PacingBucket">Which rate-limit bucket the operation counts against.</param>
internal sealed record OperationPolicy(string Name, RetrySafety Safety = RetrySafety.ByMethod, string PacingBucket = PacingBuckets.Default)
{
    public bool AllowsRetryAfterAmbiguousFailure(HttpMethod method) => Safety switch
    {
        RetrySafety.NaturalKeyUpsert or RetrySafety.IdempotencyKey => true,
        RetrySafety.Never => false,
        _ => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
            || method == HttpMethod.Delete || method == HttpMethod.Options,
    };
}
