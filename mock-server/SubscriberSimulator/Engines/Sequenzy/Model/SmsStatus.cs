namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>SMS consent, independent of the email status (wire names: not_subscribed, pending, subscribed, unsubscribed).</summary>
internal enum SmsStatus
{
    NotSubscribed,
    Pending,
    Subscribed,
    Unsubscribed,
}
