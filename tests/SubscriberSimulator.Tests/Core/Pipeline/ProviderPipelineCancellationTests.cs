using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Core.Pipeline;

/// <summary>
/// The pipeline looks at RequestAborted between its steps, not only on entry: a client that gives
/// up while its request is being checked stops the work before the next step (here, the handler).
/// </summary>
public sealed class ProviderPipelineCancellationTests
{
    [Fact]
    public void A_client_that_leaves_during_the_checks_stops_the_request_before_its_handler()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");
        using var gone = new CancellationTokenSource();
        var request = new ProviderRequest
        {
            Method = "GET",
            Path = "/notes-api/notes/x",
            // The client goes away just as the credential is read: after the pipeline's entry check.
            Headers = new CancelOnRead(new RequestValues([KeyValuePair.Create("Authorization", new StringValues("Bearer " + token))]), "Authorization", gone),
            RequestAborted = gone.Token,
        };

        Assert.ThrowsAny<OperationCanceledException>(() => kit.Engine.HandleAsync(request).AsTask().GetAwaiter().GetResult());
        Assert.True(gone.IsCancellationRequested);
    }

    /// <summary>Request values that cancel <paramref name="source"/> when <paramref name="trigger"/> is read.</summary>
    private sealed class CancelOnRead(IRequestValues inner, string trigger, CancellationTokenSource source) : IRequestValues
    {
        public IEnumerable<string> Names => inner.Names;

        public bool TryGetValue(string name, out StringValues values)
        {
            if (string.Equals(name, trigger, StringComparison.OrdinalIgnoreCase))
            {
                source.Cancel();
            }

            return inner.TryGetValue(name, out values);
        }
    }
}
