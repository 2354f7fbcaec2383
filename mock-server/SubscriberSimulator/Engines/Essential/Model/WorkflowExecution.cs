namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>A started workflow run; <see cref="KwargsJson"/> is the caller's dictionary as raw JSON.</summary>
internal sealed record WorkflowExecution(
    string Sid,
    string WorkflowSid,
    string SubscriberSid,
    string ChannelSid,
    string KwargsJson,
    string StartedBy,
    DateTime StartedAt);
