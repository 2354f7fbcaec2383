namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// One custom-field value of a subscriber. <paramref name="Id"/> is the datum's own id
/// (<c>subscriberFieldData[].id</c>); <paramref name="FieldId"/> is the custom field's id.
/// </summary>
public readonly record struct MtaFieldValue(long Id, int FieldId, string Data);
