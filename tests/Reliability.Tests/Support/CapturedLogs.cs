using System.Collections.Concurrent;

namespace Reliability.Tests.Support;

/// <summary>Every rendered log line (with its exception text) from the loggers that write here.</summary>
internal sealed class CapturedLogs
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<(Func<string, bool> Match, TaskCompletionSource Seen)> _waits = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public void Add(string line)
    {
        _lines.Enqueue(line);
        foreach (var (match, seen) in _waits)
        {
            if (match(line))
            {
                seen.TrySetResult();
            }
        }
    }

    /// <summary>Completes when a line matching <paramref name="match"/> is (or was) logged.</summary>
    public Task WaitForAsync(Func<string, bool> match)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waits.Enqueue((match, seen));
        if (_lines.Any(match))
        {
            seen.TrySetResult();
        }

        return seen.Task;
    }
}
