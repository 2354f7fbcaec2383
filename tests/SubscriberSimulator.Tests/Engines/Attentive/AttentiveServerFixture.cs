namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>
/// One in-memory simulator per test class, rate limits off so rule tests never trip the 10/s
/// subscribe limit (RateLimitTests use their own server with a frozen clock). Tests isolate by company.
/// </summary>
public sealed class AttentiveServerFixture : IDisposable
{
    public AttentiveServerFixture()
    {
        var options = new SimulatorOptions();
        options.RateLimits.Enabled = false;
        Server = SimulatorServer.CreateInMemory(options);
    }

    public SimulatorServer Server { get; }

    public void Dispose() => Server.Dispose();
}
