using System.Collections.Concurrent;

namespace Reliability.Tests.Support;

/// <summary>Every rendered log line (with its exception text) from the loggers that write here.</summary>
internal sealed class CapturedLogs
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public void Add(string line) => _lines.Enqueue(line);
}
