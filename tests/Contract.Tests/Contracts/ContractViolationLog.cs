using System.Collections.Concurrent;

namespace Contract.Tests.Contracts;

/// <summary>Every exchange checked and every violation found by a <see cref="ContractValidatingHandler"/>.</summary>
public sealed class ContractViolationLog
{
    private readonly ConcurrentQueue<ContractViolation> _violations = new();
    private int _exchanges;

    public int Exchanges => _exchanges;

    public IReadOnlyList<ContractViolation> Violations => _violations.ToArray();

    internal void Record(IEnumerable<ContractViolation> violations)
    {
        Interlocked.Increment(ref _exchanges);
        foreach (var violation in violations)
        {
            _violations.Enqueue(violation);
        }
    }

    /// <summary>Fails with one line per violation (operation, request or response status, JSON path, rule broken).</summary>
    public void AssertClean(int minimumExchanges = 1)
    {
        Assert.True(_exchanges >= minimumExchanges, $"Expected at least {minimumExchanges} checked exchanges, saw {_exchanges}.");
        var violations = Violations;
        Assert.True(violations.Count == 0, "Contract violations:\n" + string.Join('\n', violations));
    }
}
