namespace SubscriberSdk.MobileTextAlerts;

/// <summary>What adding or removing many subscribers of a group did; the provider answers it in words only.</summary>
public sealed class MobileTextAlertsGroupBulkResult
{
    /// <summary>The group.</summary>
    public long GroupId { get; init; }

    /// <summary>
    /// Subscribers this call moved into (or out of) the group, read from the provider's message
    /// ("Added 2 subscribers to group 187561."); null when the message does not say. Ids with no subscriber and
    /// subscribers already in (or not in) the group are skipped, so this can be less than the ids sent.
    /// </summary>
    public int? ChangedCount { get; init; }

    /// <summary>The provider's message, as sent (empty when it sent none).</summary>
    public string Message { get; init; } = string.Empty;
}
