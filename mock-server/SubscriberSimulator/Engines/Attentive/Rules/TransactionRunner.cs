using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>Runs plan-then-commit under the company's lock: the one way anything in a company changes.</summary>
internal sealed class TransactionRunner
{
    private readonly Outbox _outbox;
    private readonly SimulatorClock _clock;

    public TransactionRunner(Outbox outbox, SimulatorClock clock)
    {
        _outbox = outbox;
        _clock = clock;
    }

    public TResult Run<TState, TResult>(AttentiveCompany company, TState state, Func<CompanyTransaction, TState, TResult> plan)
    {
        lock (company.Gate)
        {
            var transaction = new CompanyTransaction(company);
            var result = plan(transaction, state);
            transaction.Commit(_outbox, _clock.GetUtcNow());
            return result;
        }
    }
}
