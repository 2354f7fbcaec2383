using System.Diagnostics;
using SubscriberSdk.Bulk;

namespace Benchmarks.Load;

/// <summary>
/// Records when a bulk run first reports progress, synchronously on the reporting thread
/// (<see cref="Progress{T}"/> would post to the thread pool and add its queueing delay to the figure).
/// </summary>
internal sealed class FirstReport : IProgress<BulkProgress>
{
    private long _at;

    public long? At => Interlocked.Read(ref _at) is var at and not 0 ? at : null;

    public void Report(BulkProgress value) => Interlocked.CompareExchange(ref _at, Stopwatch.GetTimestamp(), 0);
}
