namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>Email status of a Sequenzy subscriber (wire names: active, unsubscribed, bounced).</summary>
internal enum SubscriberStatus
{
    Active,
    Unsubscribed,
    Bounced,
}
