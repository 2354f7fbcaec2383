using Microsoft.Extensions.DependencyInjection;
using SubscriberSimulator;
using SubscriberSimulator.Core.Journal;

namespace SubscriberSdk.Tests.Integration;

/// <summary>
/// One in-memory simulator (no socket) per test class. Tests isolate themselves by creating their own
/// tenant (credentials), as the simulator keeps tenants apart.
/// </summary>
public sealed class SimulatorFixture : IDisposable
{
    public SimulatorFixture()
        : this(SimulatorServer.CreateInMemory())
    {
    }

    internal SimulatorFixture(SimulatorServer server)
    {
        Server = server;
    }

    public SimulatorServer Server { get; }

    public RequestJournal Journal => Server.Services.GetRequiredService<RequestJournal>();

    /// <summary>The provider's base address on the simulator, e.g. <c>/essential</c>.</summary>
    public Uri BaseAddress(string prefix) => new(Server.BaseAddress, prefix.TrimStart('/'));

    public HttpMessageHandler Handler() => Server.CreateHandler();

    public void Dispose() => Server.Dispose();
}
