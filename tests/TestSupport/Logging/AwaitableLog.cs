using System.Collections.Concurrent;

namespace SubscriberSdk.TestSupport.Logging;

/// <summary>
/// Entries recorded from any thread, and a wait for the first entry that matches: tests wait for what a
/// server logs on its own threads without polling or sleeping.
/// </summary>
public sealed class AwaitableLog<T>
{
    private readonly ConcurrentQueue<T> _entries = new();
    private readonly ConcurrentQueue<(Func<T, bool> Match, TaskCompletionSource Seen)> _waits = new();

    public IReadOnlyCollection<T> Entries => _entries.ToArray();

    public void Add(T entry)
    {
        _entries.Enqueue(entry);
        foreach (var (match, seen) in _waits)
        {
            if (match(entry))
            {
                seen.TrySetResult();
            }
        }
    }

    /// <summary>Completes when an entry matching <paramref name="match"/> is (or was) recorded.</summary>
    public Task WaitForAsync(Func<T, bool> match)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waits.Enqueue((match, seen));
        if (_entries.Any(match))
        {
            seen.TrySetResult();
        }

        return seen.Task;
    }
}
