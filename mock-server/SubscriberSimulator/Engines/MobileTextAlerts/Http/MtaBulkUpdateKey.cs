namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>How a bulk-update item names its subscriber (exactly one of them, per the oneOf).</summary>
internal enum MtaBulkUpdateKey
{
    Id,
    PhoneNumber,
    Email,
}
