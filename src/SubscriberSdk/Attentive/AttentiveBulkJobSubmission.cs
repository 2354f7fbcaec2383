using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>An accepted bulk job; read its progress with <see cref="AttentiveBulkJobsClient.GetAsync"/>.</summary>
public sealed class AttentiveBulkJobSubmission
{
    /// <summary>The job's ID.</summary>
    public required string BatchJobId { get; init; }

    /// <summary>Confirmation that the job was submitted.</summary>
    public string? Message { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
