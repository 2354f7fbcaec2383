namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>The three subscriber states Essential documents on its update endpoint.</summary>
internal enum SubscriberStatus : byte
{
    Subscribed,
    Unsubscribed,
    Unconfirmed,
}
