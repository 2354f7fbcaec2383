using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>One bulk-update item: the identifier as sent (echoed in the response) and the record.</summary>
internal struct MtaBulkUpdateItem
{
    public MtaBulkUpdateKey Key;
    public long Id;
    public string? Text;
    public MtaSubscriberInput Record;
}
