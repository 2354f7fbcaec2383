using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSdk.Tests.Essential;

/// <summary>A fresh Essential account with one channel on the simulator, and a client for it.</summary>
internal sealed class EssentialTestTenant : IDisposable
{
    public EssentialTestTenant(SimulatorFixture simulator, Action<EssentialClientOptions>? configure = null)
    {
        Engine = simulator.Server.GetEngine<EssentialEngine>();
        Credentials = Engine.CreateAccount();
        ChannelSid = Engine.AddChannel(Credentials.AccountSid, new EssentialChannelDefinition { Name = "Main" });
        Options = new EssentialClientOptions
        {
            AccountSid = Credentials.AccountSid,
            AuthToken = Credentials.AuthToken,
            BaseAddress = simulator.BaseAddress("essential"),
            Transport = simulator.Handler(),
        };
        Options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        configure?.Invoke(Options);
        Client = new EssentialClient(Options);
        Simulator = simulator;
    }

    public SimulatorFixture Simulator { get; }

    public EssentialEngine Engine { get; }

    public EssentialAccountCredentials Credentials { get; }

    public string ChannelSid { get; }

    public EssentialClientOptions Options { get; }

    public EssentialClient Client { get; }

    public IReadOnlyList<SubscriberSimulator.Core.Outbox.OutboxMessage> Outbox() =>
        Simulator.Server.Outbox.List(EssentialEngine.EngineId, Credentials.AccountSid);

    public void Dispose() => Client.Dispose();
}
