using System.Net;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

/// <summary>
/// An account holds at most <see cref="SimulatorOptions.MaxSubscribersPerTenant"/> subscribers: one
/// more is Essential's 403 and nothing is stored; updates still work; a state file holding more is refused.
/// </summary>
public sealed class SubscriberCapTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-subscriber-cap-").FullName;
    private readonly SimulatorServer _server = SimulatorServer.CreateInMemory(new SimulatorOptions { MaxSubscribersPerTenant = 2 });

    [Fact]
    public async Task A_new_subscriber_beyond_the_cap_is_403_and_updates_still_work()
    {
        using var tenant = EssentialTenant.Create(_server);
        Assert.Equal(HttpStatusCode.Created, (await tenant.UpsertAsync("""{"phone_number":"5009998101"}""")).Status);
        Assert.Equal(HttpStatusCode.Created, (await tenant.UpsertAsync("""{"phone_number":"5009998102"}""")).Status);

        var upsert = await tenant.UpsertAsync("""{"phone_number":"5009998103"}""");
        var create = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/subscribers", """{"phone_number":"5009998104","channel":"Main"}""");
        var update = await tenant.UpsertAsync("""{"phone_number":"5009998101","properties":{"plan":"gold"}}""");

        Assert.Contains("already holds the most subscribers the simulator keeps per account (2)", upsert.AssertError(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Contains("--max-subscribers", create.AssertError(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, update.Status);
        Assert.Equal(2, tenant.Engine.ListSubscribers(tenant.AccountSid).Count);
        Assert.DoesNotContain(tenant.Outbox, message => message.To.EndsWith("8103", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cap_is_per_account()
    {
        using var full = EssentialTenant.Create(_server);
        using var other = EssentialTenant.Create(_server);
        await full.UpsertAsync("""{"phone_number":"5009998101"}""");
        await full.UpsertAsync("""{"phone_number":"5009998102"}""");

        Assert.Equal(HttpStatusCode.Created, (await other.UpsertAsync("""{"phone_number":"5009998101"}""")).Status);
    }

    [Fact]
    public async Task A_state_file_with_more_subscribers_than_the_cap_is_refused_naming_file_section_and_account()
    {
        var path = Path.Combine(_folder, "state.json");
        string accountSid;
        await using (var large = await SimulatorServer.StartAsync(new SimulatorOptions { InMemory = true, StateFile = path }))
        {
            using var tenant = EssentialTenant.Create(large);
            accountSid = tenant.AccountSid;
            foreach (var phone in new[] { "5009998101", "5009998102", "5009998103" })
            {
                Assert.Equal(HttpStatusCode.Created, (await tenant.UpsertAsync($$"""{"phone_number":"{{phone}}"}""")).Status);
            }
        }

        var error = Assert.Throws<InvalidDataException>(() => SimulatorServer.CreateInMemory(new SimulatorOptions { StateFile = path, MaxSubscribersPerTenant = 2 }));

        Assert.Contains($"'{path}', section \"{EssentialEngine.EngineId}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains($"account '{accountSid}' holds 3 subscribers", error.Message, StringComparison.Ordinal);
        Assert.Contains("(2)", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
