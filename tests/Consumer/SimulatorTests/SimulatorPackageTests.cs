using SubscriberSdk;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSimulator;

namespace SimulatorTests;

/// <summary>
/// What a user's test project does with the two packages: start the simulator in process (a socket on
/// 127.0.0.1) and in memory (no socket), point an SDK client at it, and see the provider's behaviour.
/// </summary>
public sealed class SimulatorPackageTests
{
    [Fact]
    public async Task In_process_the_sdk_upserts_then_the_simulator_refuses_a_landline()
    {
        await using var simulator = await SimulatorServer.StartAsync();
        foreach (var engine in simulator.Engines)
        {
            engine.SeedDemo();
        }

        var essential = new EssentialClient(new EssentialClientOptions
        {
            BaseAddress = new Uri(simulator.BaseAddress, "essential"),
            AccountSid = "essentialDemoAccount01",
            AuthToken = "demo-token-essential",
        });

        var created = await essential.Subscribers.UpsertAsync("essentialDemoChannel01", new EssentialUpsertRequest { PhoneNumber = "9148440101" });
        Assert.Equal(OperationOutcome.Created, created.Outcome);
        await Assert.ThrowsAsync<CannotReceiveSmsException>(() =>
            essential.Subscribers.UpsertAsync("essentialDemoChannel01", new EssentialUpsertRequest { PhoneNumber = "2025550100" }));
    }

    [Fact]
    public async Task In_memory_the_sdk_creates_then_updates_a_subscriber()
    {
        await using var simulator = SimulatorServer.CreateInMemory();
        foreach (var engine in simulator.Engines)
        {
            engine.SeedDemo();
        }

        var mta = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            BaseAddress = new Uri(simulator.BaseAddress, "mta"),
            ApiKey = "mta_demo_key",
            Transport = simulator.CreateHandler(),
        });

        var created = await mta.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+19148440102", FirstName = "Ada" });
        var updated = await mta.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+19148440102", FirstName = "Grace" });

        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal(OperationOutcome.Updated, updated.Outcome);
        Assert.Equal("Grace", updated.Value.FirstName);
    }
}
