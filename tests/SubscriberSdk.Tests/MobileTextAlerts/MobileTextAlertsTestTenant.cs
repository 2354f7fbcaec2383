using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.MobileTextAlerts;

/// <summary>A fresh Mobile Text Alerts account on the simulator, and a client for it.</summary>
internal sealed class MobileTextAlertsTestTenant : IDisposable
{
    public MobileTextAlertsTestTenant(SimulatorFixture simulator, Action<MobileTextAlertsClientOptions>? configure = null)
    {
        Simulator = simulator;
        Engine = simulator.Server.GetEngine<MobileTextAlertsEngine>();
        Account = Engine.CreateAccount();
        Options = new MobileTextAlertsClientOptions
        {
            ApiKey = Account.ApiKey,
            BaseAddress = simulator.BaseAddress("mta"),
            Transport = simulator.Handler(),
        };
        configure?.Invoke(Options);
        Client = new MobileTextAlertsClient(Options);
    }

    public SimulatorFixture Simulator { get; }

    public MobileTextAlertsEngine Engine { get; }

    public MtaAccountInfo Account { get; }

    public MobileTextAlertsClientOptions Options { get; }

    public MobileTextAlertsClient Client { get; }

    public IReadOnlyList<SubscriberSimulator.Core.Outbox.OutboxMessage> Outbox() =>
        Simulator.Server.Outbox.List(MobileTextAlertsEngine.EngineId, Account.TenantId);

    public void Dispose() => Client.Dispose();
}
