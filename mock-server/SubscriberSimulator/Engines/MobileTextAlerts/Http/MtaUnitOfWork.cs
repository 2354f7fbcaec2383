using System.Globalization;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// Runs one request's work under the account lock (one acquisition per request): the work writes
/// through a <see cref="MtaTransaction"/>; then the simulated send step; then the commit, which
/// publishes the messages to the outbox. Any failure rolls every write back and sends nothing.
/// </summary>
internal sealed class MtaUnitOfWork
{
    public const string SendFailedMessage =
        "Sending failed (the simulator's send-failure control is on); nothing was saved or sent.";

    private readonly Outbox _outbox;
    private readonly SimulatorClock _clock;

    public MtaUnitOfWork(Outbox outbox, SimulatorClock clock)
    {
        _outbox = outbox;
        _clock = clock;
    }

    public T Run<T>(MtaAccount account, Func<MtaTransaction, T> work)
    {
        lock (account.Gate)
        {
            var tx = new MtaTransaction(account);
            T result;
            try
            {
                result = work(tx);
            }
            catch
            {
                tx.Rollback();
                throw;
            }

            if (!tx.TrySend())
            {
                tx.Rollback();
                throw new MtaRequestException(StatusCodes.Status500InternalServerError, SendFailedMessage);
            }

            Publish(account, tx.Messages);
            return result;
        }
    }

    /// <summary>Publishes messages of a change made outside a transaction (e.g. a STOP reply).</summary>
    public void Publish(MtaAccount account, IReadOnlyList<MtaPendingMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var now = _clock.GetUtcNow();
        var outgoing = new List<OutboxMessage>(messages.Count);
        foreach (var message in messages)
        {
            var metadata = new Dictionary<string, string>(1, StringComparer.Ordinal);
            if (message.SubscriberId != 0)
            {
                metadata["subscriberId"] = message.SubscriberId.ToString(CultureInfo.InvariantCulture);
            }

            outgoing.Add(new OutboxMessage(
                _outbox.NewId(),
                MobileTextAlertsEngine.EngineId,
                account.TenantId,
                "sms",
                MtaPhoneNumbers.FormatE164(message.PhoneDigits),
                message.Kind,
                message.Body,
                now,
                metadata));
        }

        _outbox.AddRange(outgoing);
    }
}
