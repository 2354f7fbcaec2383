using SubscriberSdk.Attentive;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.Attentive;

namespace SubscriberSdk.Tests.Attentive;

/// <summary>A fresh Attentive company with a marketing sign-up unit on the simulator, and a client for it.</summary>
internal sealed class AttentiveTestTenant : IDisposable
{
    public const string SignUpSourceId = "src-marketing";

    public AttentiveTestTenant(SimulatorFixture simulator, Action<AttentiveClientOptions>? configure = null)
    {
        Simulator = simulator;
        Engine = simulator.Server.GetEngine<AttentiveEngine>();
        CompanyId = Engine.CreateCompany();
        Engine.AddSignUpUnit(CompanyId, new AttentiveSignUpUnit(SignUpSourceId, SubscriberSimulator.Engines.Attentive.AttentiveSubscriptionType.Marketing));
        Options = new AttentiveClientOptions
        {
            AccessToken = Engine.AddToken(CompanyId),
            BaseAddress = simulator.BaseAddress("attentive"),
            Transport = simulator.Handler(),
        };
        configure?.Invoke(Options);
        Client = new AttentiveClient(Options);
    }

    public SimulatorFixture Simulator { get; }

    public AttentiveEngine Engine { get; }

    public string CompanyId { get; }

    public AttentiveClientOptions Options { get; }

    public AttentiveClient Client { get; }

    public IReadOnlyList<SubscriberSimulator.Core.Outbox.OutboxMessage> Outbox() =>
        Simulator.Server.Outbox.List(AttentiveEngine.EngineId, CompanyId);

    public void Dispose() => Client.Dispose();
}
