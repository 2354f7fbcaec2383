using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Every subscriber of the account (or those matching the export's query), oldest first, in one answer.</summary>
public sealed class MobileTextAlertsSubscriberExport
{
    /// <summary>The subscribers.</summary>
    public IReadOnlyList<MobileTextAlertsSubscriber> Rows { get; init; } = [];

    /// <summary>Number of rows.</summary>
    public int Total { get; init; }

    /// <summary>When the export was taken.</summary>
    public DateTimeOffset? ExportedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
