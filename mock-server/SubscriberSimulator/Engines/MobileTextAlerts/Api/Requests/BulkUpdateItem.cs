namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>One bulk-update item: the identifier as sent (echoed in the response) and the record.</summary>
internal struct BulkUpdateItem
{
    public BulkUpdateKey Key;
    public long Id;
    public string? Text;
    public SubscriberRecord Record;
}
