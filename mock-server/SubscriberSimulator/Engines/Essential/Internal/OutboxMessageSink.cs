using SubscriberSimulator.Core.Outbox;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>Delivers committed Essential messages to the simulator's outbox as SMS to the E.164 number.</summary>
internal sealed class OutboxMessageSink(Outbox outbox, TimeProvider clock) : IEssentialMessageSink
{
    public void Deliver(EssentialAccount account, PendingMessage message)
    {
        outbox.Add(new OutboxMessage(
            outbox.NewId(),
            EssentialEngine.EngineId,
            account.Sid,
            "sms",
            UsPhoneNumber.ToE164(message.PhoneNumber),
            message.Kind,
            message.Body,
            clock.GetUtcNow(),
            message.Metadata));
    }
}
