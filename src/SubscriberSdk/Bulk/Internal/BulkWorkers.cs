using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// A fixed set of workers taking chunks from one queue until it is empty. Each worker reports itself to the
/// clock (<see cref="ClockWaits.Working"/>) once, for its whole life: had it reported per chunk (as a body of
/// <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>
/// would), a test clock could see it between two chunks, count every remaining worker as waiting and jump ahead
/// while it was about to send. The first failure stops the others, as with <c>Parallel.ForEachAsync</c>.
/// </summary>
internal static class BulkWorkers
{
    public static async Task RunAsync<TItem>(
        IReadOnlyList<TItem> items, int concurrency, TimeProvider time, Func<TItem, CancellationToken, ValueTask> work, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = new ConcurrentQueue<TItem>(items);
        var workers = new Task[Math.Min(concurrency, items.Count)];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(queue, time, work, stop), CancellationToken.None);
        }

        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (Exception) when (FirstFailure(workers) is { } failure)
        {
            // The failure that stopped the run, not the cancellations it caused in the other workers.
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static async Task WorkAsync<TItem>(ConcurrentQueue<TItem> queue, TimeProvider time, Func<TItem, CancellationToken, ValueTask> work, CancellationTokenSource stop)
    {
        using var working = ClockWaits.Working(time);
        try
        {
            while (queue.TryDequeue(out var item))
            {
                stop.Token.ThrowIfCancellationRequested();
                await work(item, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Exception? FirstFailure(Task[] workers) =>
        workers.Where(w => w.IsFaulted).Select(w => w.Exception!.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);
}
