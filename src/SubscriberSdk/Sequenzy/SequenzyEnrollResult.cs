using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>What enrolling subscribers in a sequence did.</summary>
public sealed class SequenzyEnrollResult
{
    /// <summary>Subscribers enrolled now.</summary>
    public int Enrolled { get; init; }

    /// <summary>Subscribers not enrolled (already enrolled, not active, or stopped by the sequence's rules).</summary>
    public int Skipped { get; init; }

    /// <summary>Emails or subscriber IDs that named no subscriber.</summary>
    public IReadOnlyList<string> NotFound { get; init; } = [];

    /// <summary>The step the enrolments start at.</summary>
    public string? TargetNodeId { get; init; }

    /// <summary>When that step runs.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
