namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>How a bulk-update item names its subscriber (exactly one of them, per the oneOf).</summary>
internal enum BulkUpdateKey
{
    Id,
    PhoneNumber,
    Email,
}
