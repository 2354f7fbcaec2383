using SubscriberSdk.TestSupport.Logging;

namespace Reliability.Tests.Support;

/// <summary>Every rendered log line (with its exception text) from the loggers that write here.</summary>
internal sealed class CapturedLogs
{
    private readonly AwaitableLog<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.Entries;

    public void Add(string line) => _lines.Add(line);

    /// <summary>Completes when a line matching <paramref name="match"/> is (or was) logged.</summary>
    public Task WaitForAsync(Func<string, bool> match) => _lines.WaitForAsync(match);
}
