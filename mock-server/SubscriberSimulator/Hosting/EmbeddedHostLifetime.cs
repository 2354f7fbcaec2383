namespace SubscriberSimulator.Hosting;

/// <summary>
/// Replaces the console lifetime: a simulator embedded in a test process must not take over its
/// Ctrl+C. The standalone command handles the signal itself and disposes the server.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
