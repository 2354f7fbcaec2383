namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>The states of a v2 bulk job (schema BulkJobStatus).</summary>
internal enum BulkJobStatus : byte
{
    Pending,
    InProgress,
    Completed,
    Failed,
}
