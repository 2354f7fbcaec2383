using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.Sequenzy;

namespace SubscriberSdk.Tests.Sequenzy;

/// <summary>A fresh Sequenzy workspace on the simulator, and a client for it.</summary>
internal sealed class SequenzyTestTenant : IDisposable
{
    public SequenzyTestTenant(SimulatorFixture simulator, bool doubleOptIn = false, Action<SequenzyClientOptions>? configure = null)
    {
        Simulator = simulator;
        Engine = simulator.Server.GetEngine<SequenzyEngine>();
        var options = new SequenzyWorkspaceOptions { DoubleOptIn = doubleOptIn };
        options.Lists.Add(new SequenzyListOptions { Name = "Newsletter" });
        Workspace = Engine.CreateWorkspace(options);
        Options = new SequenzyClientOptions
        {
            ApiKey = Workspace.ApiKey,
            BaseAddress = simulator.BaseAddress("sequenzy"),
            Transport = simulator.Handler(),
        };
        configure?.Invoke(Options);
        Client = new SequenzyClient(Options);
    }

    public SimulatorFixture Simulator { get; }

    public SequenzyEngine Engine { get; }

    public SequenzyWorkspaceInfo Workspace { get; }

    public SequenzyClientOptions Options { get; }

    public SequenzyClient Client { get; }

    public IReadOnlyList<SubscriberSimulator.Core.Outbox.OutboxMessage> Outbox() =>
        Simulator.Server.Outbox.List(SequenzyEngine.EngineId, Workspace.Id);

    public void Dispose() => Client.Dispose();
}
