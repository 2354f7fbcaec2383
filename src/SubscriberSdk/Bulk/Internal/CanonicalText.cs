using System.Text;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// A reused builder for senders' canonical records. Preparation writes one per input record on every core,
/// and a fresh builder per record was a measurable share of a large run's garbage (BENCHMARKS.md, issue 12).
/// </summary>
internal static class CanonicalText
{
    public const char Separator = '\u001f';

    // Preparation runs on thread-pool threads in parallel: one builder per thread needs no lock.
    [ThreadStatic]
    private static StringBuilder? _cached;

    /// <summary>An empty builder for this thread; pass it to <see cref="Finish"/> when written.</summary>
    public static StringBuilder Start()
    {
        var text = _cached ?? new StringBuilder(256);
        _cached = null;
        return text.Clear();
    }

    /// <summary>The text written, and the builder back for the thread's next record.</summary>
    public static string Finish(StringBuilder text)
    {
        var value = text.ToString();
        _cached = text;
        return value;
    }
}
