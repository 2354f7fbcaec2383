namespace SubscriberSimulator.Hosting.State;

/// <summary>
/// Counts the requests that may have changed the state: every request but GET, HEAD and OPTIONS,
/// counted once it has been answered, so a save that sees the count also sees the change. Coarse
/// on purpose: a request that changed nothing costs one needless save, while tracking each store,
/// the outbox and WireMock.Net's mappings one by one would miss whatever is added next.
/// </summary>
internal sealed class StateChanges
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public Func<RequestDelegate, RequestDelegate> Middleware => next => async context =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method))
            {
                Interlocked.Increment(ref _count);
            }
        }
    };
}
