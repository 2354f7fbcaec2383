using Contract.Tests.Contracts;
using SubscriberSdk;
using SubscriberSdk.Sequenzy;
using SubscriberSimulator.Engines.Sequenzy;

namespace Contract.Tests.Sdk;

public sealed class SequenzySdkContractTests(SdkContractFixture simulator) : IClassFixture<SdkContractFixture>
{
    [Fact]
    public async Task Facade_calls_and_simulator_answers_follow_the_sequenzy_spec()
    {
        var options = new SequenzyWorkspaceOptions();
        options.Lists.Add(new SequenzyListOptions { Name = "Newsletter" });
        var workspace = simulator.Server.GetEngine<SequenzyEngine>().CreateWorkspace(options);
        var log = new ContractViolationLog();
        using var client = new SequenzyClient(new SequenzyClientOptions
        {
            ApiKey = workspace.ApiKey,
            BaseAddress = simulator.BaseAddress(ProviderSpec.Sequenzy),
            Transport = simulator.Transport(log),
        });

        var created = await client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "ann@example.com", Tags = ["Pro Customer"] });
        var skipped = await client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "ann@example.com" });
        var merged = await client.Subscribers.UpsertAsync(new SequenzySubscriberRequest
        {
            Email = "ann@example.com",
            FirstName = "Ann",
            DuplicateStrategy = SequenzyDuplicateStrategy.Merge,
        });
        var lists = await client.Lists.ListAsync().ToListAsync();
        await client.Lists.AddSubscribersAsync(lists.First().Id!, ["bob@example.com"]);

        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal(OperationOutcome.Skipped, skipped.Outcome);
        Assert.Equal(OperationOutcome.Updated, merged.Outcome);
        log.AssertClean(minimumExchanges: 5);
    }

    [Fact]
    public async Task Tag_import_read_update_and_delete_calls_follow_the_sequenzy_spec()
    {
        var workspace = simulator.Server.GetEngine<SequenzyEngine>().CreateWorkspace(new SequenzyWorkspaceOptions());
        var log = new ContractViolationLog();
        using var client = new SequenzyClient(new SequenzyClientOptions
        {
            ApiKey = workspace.ApiKey,
            BaseAddress = simulator.BaseAddress(ProviderSpec.Sequenzy),
            Transport = simulator.Transport(log),
        });
        var key = SequenzySubscriberKey.ByEmail("tags@example.com");

        await client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "tags@example.com", ExternalId = "ext-9" });
        await client.Subscribers.AddTagAsync(key, "VIP_User");
        await client.Subscribers.AddTagsAsync(SequenzySubscriberKey.ByExternalId("ext-9"), ["a", "b"]);
        await client.Subscribers.RemoveTagAsync(key, "a");
        var details = await client.Subscribers.GetAsync(key);
        await client.Subscribers.UpdateAsync(key, new SequenzySubscriberUpdate { FirstName = "Tess" });
        var import = await client.Imports.CreateAsync([new SequenzySubscriberRequest { Email = "imp@example.com" }]);
        await client.Imports.GetAsync(import.Value!.Import!.Id!);
        await client.Subscribers.DeleteAsync(key);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.Subscribers.GetAsync(key));

        Assert.NotNull(details.Value);
        log.AssertClean(minimumExchanges: 10);
    }
}
