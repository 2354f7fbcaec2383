using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>The state of a bulk job.</summary>
public sealed class AttentiveBulkJob
{
    /// <summary>The job's ID.</summary>
    public required string BulkJobId { get; init; }

    /// <summary>Where the job stands; null when Attentive did not say.</summary>
    public AttentiveBulkJobStatus? Status { get; init; }

    /// <summary>Records submitted in the job, whatever their outcome.</summary>
    public int? TotalRecords { get; init; }

    /// <summary>Once the job completed: a JSON Lines file with each record's request and result.</summary>
    public Uri? ResultsUrl { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
