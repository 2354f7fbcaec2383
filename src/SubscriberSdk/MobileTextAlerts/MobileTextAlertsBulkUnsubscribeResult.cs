using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Outcome of opting many numbers out; numbers the provider could not read are in <see cref="ErrorRecords"/>.</summary>
public sealed class MobileTextAlertsBulkUnsubscribeResult
{
    /// <summary>Records received.</summary>
    public int TotalRecordCount { get; init; }

    /// <summary>Numbers now on the unsubscribe list (numbers already on it included).</summary>
    public int UnsubscribedRecordCount { get; init; }

    /// <summary>Records that failed.</summary>
    public int ErrorRecordCount { get; init; }

    /// <summary>The failed records, each with its error.</summary>
    public IReadOnlyList<MobileTextAlertsBulkUnsubscribeError> ErrorRecords { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
