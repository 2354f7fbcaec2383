using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Collects a request's writes and messages, then commits them together: the send step runs first
/// (the fail-next-send control makes it fail), and only after it succeeds are contacts written and
/// messages put in the outbox. The caller holds the company's lock throughout.
/// </summary>
internal sealed class CompanyTransaction
{
    private readonly List<ContactChange> _changes = new(4);
    private readonly List<PlannedMessage> _messages = new(4);

    public CompanyTransaction(AttentiveCompany company)
    {
        Company = company;
    }

    public AttentiveCompany Company { get; }

    public IReadOnlyList<PlannedMessage> Messages => _messages;

    public void Change(ContactChange change) => _changes.Add(change);

    public void Send(PlannedMessage message) => _messages.Add(message);

    public void Commit(Outbox outbox, DateTimeOffset now)
    {
        if (_messages.Count > 0 && Company.FailNextSend)
        {
            Company.FailNextSend = false;
            throw new AttentiveRequestException(
                StatusCodes.Status500InternalServerError,
                "Sending failed (simulated by fail-next-send); nothing was changed and nothing was sent.");
        }

        foreach (var change in _changes)
        {
            change.Apply();
        }

        if (_messages.Count == 0)
        {
            return;
        }

        var committed = new OutboxMessage[_messages.Count];
        for (var i = 0; i < _messages.Count; i++)
        {
            committed[i] = ToOutbox(_messages[i], outbox.NewId(), now);
        }

        outbox.AddRange(committed);
    }

    private OutboxMessage ToOutbox(PlannedMessage message, string id, DateTimeOffset now)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["companyName"] = Company.Name,
        };
        if (message.Type is { } type)
        {
            metadata["subscriptionType"] = WireNames.Of(type);
        }

        return new OutboxMessage(
            id,
            AttentiveEngine.EngineId,
            Company.Id,
            message.Channel == AttentiveChannel.Text ? "sms" : "email",
            message.To,
            message.Kind,
            message.Body,
            now,
            metadata);
    }
}
