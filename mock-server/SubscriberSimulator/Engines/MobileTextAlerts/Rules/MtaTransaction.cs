using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The all-or-nothing unit of one request. Writes go straight into the account while its lock is
/// held (so later records of the same bulk request see earlier ones) and are logged; a failure
/// rolls them back newest first, and messages are handed out only by a commit. Nobody else can
/// observe the intermediate state because the lock is held from the first write to commit or rollback.
/// </summary>
internal sealed class MtaTransaction
{
    private readonly List<(MtaSubscriber? Before, MtaSubscriber After)> _writes = [];
    private readonly List<MtaPendingMessage> _messages = [];

    public MtaTransaction(MtaAccount account)
    {
        Account = account;
    }

    public MtaAccount Account { get; }

    public IReadOnlyList<MtaPendingMessage> Messages => _messages;

    public void Write(MtaSubscriber? before, MtaSubscriber after)
    {
        Account.Put(before, after);
        _writes.Add((before, after));
    }

    public void Send(MtaPendingMessage message) => _messages.Add(message);

    /// <summary>The simulated send step: fails when the account's send-failure control is on and there is something to send.</summary>
    public bool TrySend() => _messages.Count == 0 || !Account.FailSends;

    public void Rollback()
    {
        for (var i = _writes.Count - 1; i >= 0; i--)
        {
            var (before, after) = _writes[i];
            if (before is null)
            {
                Account.RemoveNewest(after);
            }
            else
            {
                Account.Put(after, before);
            }
        }

        _writes.Clear();
        _messages.Clear();
    }
}
