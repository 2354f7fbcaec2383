using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Outcome of a bulk create. Inferred: with createOnly=false, updated existing subscribers are counted in <c>createdRecords</c>/<c>createdRecordCount</c> (the schema has no updated count).</summary>
public sealed class MobileTextAlertsBulkCreateResult
{
    /// <summary>Records created (or updated, with createOnly=false).</summary>
    public int CreatedRecordCount { get; init; }

    /// <summary>The resulting subscribers.</summary>
    public IReadOnlyList<MobileTextAlertsSubscriber> CreatedRecords { get; init; } = [];

    /// <summary>Records not accepted.</summary>
    public int ErrorRecordCount { get; init; }

    /// <summary>The records not accepted, each with its error.</summary>
    public IReadOnlyList<MobileTextAlertsBulkCreateError> ErrorRecords { get; init; } = [];

    /// <summary>Records received.</summary>
    public int TotalRecordCount { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
