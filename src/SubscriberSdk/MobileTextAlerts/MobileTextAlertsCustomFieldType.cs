namespace SubscriberSdk.MobileTextAlerts;

/// <summary>The type of a Mobile Text Alerts custom field.</summary>
public enum MobileTextAlertsCustomFieldType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A date (see the field's format).</summary>
    Date,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>One of the field's options.</summary>
    Select,

    /// <summary>A postal address.</summary>
    Address,

    /// <summary>Several of the field's options.</summary>
    MultiSelect,
}
