using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>What one send did. Every recipient is a distinct subscriber, however many of the message's lists named it.</summary>
public sealed class MobileTextAlertsSendResult
{
    /// <summary>Identifier of this send (empty when the provider sent none).</summary>
    public string MessageId { get; init; } = string.Empty;

    /// <summary>Distinct subscribers the recipients resolved to.</summary>
    public int TotalRecipientCount { get; init; }

    /// <summary>Messages sent: recipients with a number that is not opted out.</summary>
    public int SentCount { get; init; }

    /// <summary>Recipients whose number is on the unsubscribe list; never messaged.</summary>
    public int OptedOutCount { get; init; }

    /// <summary>Recipients without a phone number (email-only); not messaged.</summary>
    public int NoNumberCount { get; init; }

    /// <summary>New subscribers created from <see cref="MobileTextAlertsMessage.Recipients"/>.</summary>
    public int CreatedSubscriberCount { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
