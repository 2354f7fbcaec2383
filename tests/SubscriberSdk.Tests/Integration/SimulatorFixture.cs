using SubscriberSimulator;
using WireMock.Logging;

namespace SubscriberSdk.Tests.Integration;

/// <summary>
/// One in-memory simulator (no socket) per test class. Tests isolate themselves by creating their own
/// tenant (credentials), as the simulator keeps tenants apart.
/// </summary>
public sealed class SimulatorFixture : IDisposable
{
    public SimulatorFixture()
        : this(SimulatorServer.CreateInMemory(new SimulatorOptions { JournalKeepsCredentials = true }))
    {
    }

    internal SimulatorFixture(SimulatorServer server)
    {
        Server = server;
    }

    public SimulatorServer Server { get; }

    /// <summary>
    /// WireMock.Net's journal, oldest first. The fixture keeps credentials in it: tests that share the
    /// simulator tell their tenants' requests apart by them.
    /// </summary>
    public IReadOnlyList<ILogEntry> Journal() => Server.WireMock.LogEntries;

    /// <summary>The provider's base address on the simulator, e.g. <c>/essential</c>.</summary>
    public Uri BaseAddress(string prefix) => new(Server.BaseAddress, prefix.TrimStart('/'));

    public HttpMessageHandler Handler() => Server.CreateHandler();

    public void Dispose() => Server.Dispose();
}
