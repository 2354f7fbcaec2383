namespace SubscriberSimulator.Tests.Engines.Essential;

/// <summary>One in-memory simulator shared by a test class; tests isolate themselves by tenant.</summary>
public sealed class EssentialServerFixture : IDisposable
{
    public EssentialServerFixture()
    {
        Server = SimulatorServer.CreateInMemory();
    }

    public SimulatorServer Server { get; }

    public void Dispose() => Server.Dispose();
}
