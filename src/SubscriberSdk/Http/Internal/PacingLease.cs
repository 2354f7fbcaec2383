using System.Threading.RateLimiting;

namespace SubscriberSdk.Http.Internal;

/// <summary>A lease that holds nothing: sliding-window permits are spent when granted, whatever happens to the lease.</summary>
internal sealed class PacingLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
{
    public static readonly PacingLease Acquired = new(true, null);

    public override bool IsAcquired { get; } = acquired;

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static PacingLease Rejected(TimeSpan? retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = retryAfter;
        return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
    }
}
