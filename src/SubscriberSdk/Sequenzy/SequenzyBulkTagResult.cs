using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>What a bulk tag add or remove did.</summary>
public sealed class SequenzyBulkTagResult
{
    /// <summary>Identifiers in the request.</summary>
    public int Requested { get; init; }

    /// <summary>Distinct subscribers they matched.</summary>
    public int Matched { get; init; }

    /// <summary>Subscribers whose tags changed.</summary>
    public int Updated { get; init; }

    /// <summary>Matched subscribers that already had (or lacked) every tag.</summary>
    public int Unchanged { get; init; }

    /// <summary>Matched subscribers that could not be changed.</summary>
    public int Failed { get; init; }

    /// <summary>The tags, normalised.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>True: tag-triggered sequences were allowed to enrol the subscribers.</summary>
    public bool TriggeredAutomations { get; init; }

    /// <summary>Identifiers that matched nobody.</summary>
    public SequenzyBulkTagNotFound NotFound { get; init; } = new();

    /// <summary>Subscribers that could not be changed.</summary>
    public IReadOnlyList<SequenzyBulkTagFailure> Failures { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
