using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A started workflow execution, or an empty object <c>{}</c> when no execution was started (workflow disabled, start conditions not met, execution limit such as <c>max_subscriber_executions</c> reached, or a stop condition fired at once). For that reason no field is required.</summary>
public sealed class EssentialWorkflowExecution
{
    /// <summary>The workflow SID.</summary>
    public string? AutomationWorkflowSid { get; init; }

    /// <summary>The channel SID.</summary>
    public string? ChannelSid { get; init; }

    /// <summary>When the execution completed; null while running.</summary>
    public DateTimeOffset? CompletionDate { get; init; }

    /// <summary>When the execution was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The arguments, echoed back.</summary>
    public IReadOnlyDictionary<string, JsonElement> Kwargs { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>The execution SID.</summary>
    public string? Sid { get; init; }

    /// <summary>When the execution started.</summary>
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>Who started it: <c>api</c> for this endpoint.</summary>
    public string? StartedBy { get; init; }

    /// <summary>The execution state; <c>running</c> right after the start.</summary>
    public string? Status { get; init; }

    /// <summary>The subscriber SID.</summary>
    public string? SubscriberSid { get; init; }

    /// <summary>When the execution last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
