using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Outcome of a bulk update.</summary>
public sealed class MobileTextAlertsBulkUpdateResult
{
    /// <summary>Records that failed.</summary>
    public int ErrorRecordCount { get; init; }

    /// <summary>The failed records with their identifiers and errors.</summary>
    public IReadOnlyList<MobileTextAlertsBulkUpdateError> ErrorRecords { get; init; } = [];

    /// <summary>Records received.</summary>
    public int TotalRecordCount { get; init; }

    /// <summary>Records updated.</summary>
    public int UpdatedRecordCount { get; init; }

    /// <summary>The updated subscribers with their identifiers.</summary>
    public IReadOnlyList<MobileTextAlertsBulkUpdateRecord> UpdatedRecords { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
