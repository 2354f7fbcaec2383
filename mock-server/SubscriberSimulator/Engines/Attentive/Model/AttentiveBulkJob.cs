namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>A v2 bulk user attributes job; readable for <see cref="Retention"/> after submission.</summary>
internal sealed record AttentiveBulkJob(string Id, DateTimeOffset SubmittedAt, int TotalRecords, BulkJobStatus Status)
{
    /// <summary>How long Attentive keeps a job readable.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    public bool IsExpired(DateTimeOffset now) => now - SubmittedAt > Retention;
}
