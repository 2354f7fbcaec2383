using System.Collections.Concurrent;
using SubscriberSdk.Bulk;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>Collects progress reports synchronously (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
internal sealed class RecordingProgress : IProgress<BulkProgress>
{
    public ConcurrentQueue<BulkProgress> Reports { get; } = new();

    public void Report(BulkProgress value) => Reports.Enqueue(value);
}
