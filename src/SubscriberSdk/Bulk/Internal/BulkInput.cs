using System.Runtime.CompilerServices;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>Lets the engine read synchronous and asynchronous input the same way.</summary>
internal static class BulkInput
{
    public static async IAsyncEnumerable<T?> From<T>(IEnumerable<T?> records, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        // An async iterator needs an await; the synchronous source has nothing to wait for.
        await Task.CompletedTask.ConfigureAwait(false);
    }
}
