using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Core.Work;

/// <summary>
/// One request's changes to one tenant, all or nothing. Begun with <c>store.BeginWork(tenant, ct)</c>,
/// it holds the tenant's lock until disposed. A rule validates everything first, then stages its
/// store changes (<see cref="OnCommit"/>) and the messages it would send (<see cref="Send"/>);
/// <see cref="Commit"/> runs the send step (where the send-failure control strikes), applies the
/// changes and adds the messages to the outbox. Disposing without committing discards both, so a
/// refused, failed or abandoned request leaves store and outbox as they were.
/// </summary>
/// <remarks>Synchronous by design: the lock is a <see cref="Lock"/>, so never await inside a unit of work.</remarks>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class UnitOfWork<TTenant> : IDisposable
    where TTenant : Tenant
{
    private const string FailNextSendMessage = "Sending failed (simulated by fail-next-send); no change was saved and nothing was sent.";
    private const string SendFailureMessage = "Sending failed (simulated by the send-failure control); no change was saved and nothing was sent.";

    private readonly string _provider;
    private readonly Outbox.Outbox _outbox;
    private readonly SubscriberCap _subscriberCap;
    private int _addedSubscribers;
    private List<Action>? _changes;
    private List<PendingMessage>? _messages;
    private bool _committed;
    private bool _disposed;

    internal UnitOfWork(TTenant tenant, string provider, Outbox.Outbox outbox, SubscriberCap subscriberCap, TimeProvider clock, CancellationToken cancellationToken)
    {
        Tenant = tenant;
        _provider = provider;
        _outbox = outbox;
        _subscriberCap = subscriberCap;
        CancellationToken = cancellationToken;
        tenant.Gate.Enter();
        Now = clock.GetUtcNow();
    }

    /// <summary>The tenant this work changes; its lock is held until <see cref="Dispose"/>.</summary>
    public TTenant Tenant { get; }

    /// <summary>The simulated time of this request, read once, so every timestamp it writes agrees.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The request's token: <see cref="Commit"/> throws instead of committing once it fires.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// The message of the subscriber cap's refusal, for providers that report it per record (a bulk
    /// record's error) instead of refusing the request.
    /// </summary>
    public string SubscriberCapMessage => _subscriberCap.Message;

    /// <summary>The provider's status for the subscriber cap.</summary>
    public int SubscriberCapStatus => _subscriberCap.Status;

    /// <summary>True when one more subscriber fits: the tenant's count plus those this work added is under the cap.</summary>
    public bool HasRoomForSubscriber() => Tenant.SubscriberCount + _addedSubscribers < _subscriberCap.Limit;

    /// <summary>
    /// Counts one new subscriber this work stages (call it before staging), or throws the provider's
    /// refusal when the tenant is full (see <see cref="SimulatorOptions.MaxSubscribersPerTenant"/>).
    /// Subscribers this work removes are not credited back: the cap errs on the safe side.
    /// </summary>
    public void AddSubscriber()
    {
        if (!HasRoomForSubscriber())
        {
            throw _subscriberCap.Refusal();
        }

        _addedSubscribers++;
    }

    /// <summary>Stages a store change, applied in order at commit. It must not fail: validate before staging.</summary>
    public void OnCommit(Action change)
    {
        ArgumentNullException.ThrowIfNull(change);
        EnsureOpen();
        (_changes ??= new List<Action>(2)).Add(change);
    }

    /// <summary>Stages a message; it reaches the outbox only if the work commits.</summary>
    public void Send(PendingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        EnsureOpen();
        (_messages ??= new List<PendingMessage>(2)).Add(message);
    }

    /// <summary>
    /// The send step (only when a message is staged), then the changes, then the messages. A
    /// cancelled request or a send failure throws before anything is applied.
    /// </summary>
    public void Commit()
    {
        EnsureOpen();
        CancellationToken.ThrowIfCancellationRequested();
        if (_messages is { Count: > 0 })
        {
            RunSendStep();
        }

        _committed = true;
        if (_changes is not null)
        {
            foreach (var change in _changes)
            {
                change();
            }
        }

        if (_messages is { Count: > 0 })
        {
            var messages = new OutboxMessage[_messages.Count];
            for (var i = 0; i < messages.Length; i++)
            {
                var message = _messages[i];
                messages[i] = new OutboxMessage(
                    _outbox.NewId(), _provider, Tenant.Id, message.Channel, message.To, message.Kind, message.Body, Now, message.Metadata);
            }

            _outbox.AddRange(messages);
        }
    }

    /// <summary>Releases the tenant's lock; staged changes and messages of an uncommitted work are dropped.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _changes = null;
        _messages = null;
        Tenant.Gate.Exit();
    }

    private void RunSendStep()
    {
        switch (Tenant.SendFailure)
        {
            case SendFailure.Next:
                // Consumed even though the work rolls back: "the next send" has now failed.
                Tenant.SendFailure = SendFailure.None;
                throw new RequestRefusedException(500, FailNextSendMessage);
            case SendFailure.Always:
                throw new RequestRefusedException(500, SendFailureMessage);
        }
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("This unit of work has already committed; begin a new one.");
        }
    }
}
