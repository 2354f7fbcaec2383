using SubscriberSimulator;

namespace Reliability.Tests.Support;

/// <summary>
/// One loopback simulator shared by a test class (rate limits off). Its journal keeps credentials: the
/// tests tell their tenants' requests apart by them.
/// </summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private SimulatorServer? _server;

    public SimulatorServer Server => _server ?? throw new InvalidOperationException("The simulator has not started.");

    public async Task InitializeAsync() => _server = await LoopbackSimulator.StartAsync(options => options.JournalKeepsCredentials = true);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
