namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>Where committed messages go: the simulator's outbox in production, a list in unit tests.</summary>
internal interface IEssentialMessageSink
{
    void Deliver(EssentialAccount account, PendingMessage message);
}
