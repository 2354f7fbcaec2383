using System.Net;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaStateTests
{
    [Fact]
    public async Task Exported_state_imports_into_a_fresh_engine_unchanged()
    {
        using var source = MtaSim.Create();
        var group = source.Engine.AddGroup(source.TenantId, "G");
        var field = source.Engine.AddCustomField(source.TenantId, "F");
        source.Engine.SetLineType(source.TenantId, "8002220000", MtaLineType.Unreachable);
        await source.CreateSubscriberAsync($$$"""{"number":8002221111,"email":"a@example.com","groupIds":[{{{group.Id}}}],"subscriberFields":{"{{{field.Id}}}":"v"}}""");
        await source.PostAsync("/v3/unsubscribes", """{"number":"8002229999"}""");
        var state = source.Engine.ExportState();

        using var target = MtaSim.Create();
        target.Engine.ImportState(state);
        using var client = target.ClientFor(source.Account.ApiKey);

        Assert.Equal(state.ToJsonString(), target.Engine.ExportState().ToJsonString());
        var read = await target.GetAsync("/v3/subscribers/a@example.com", client);
        Assert.Equal("G", read.Data.GetProperty("groups")[0].GetProperty("name").GetString());
        Assert.True((await target.GetAsync("/v3/unsubscribes/8002229999", client)).Data.GetProperty("unsubscribed").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await target.PostAsync("/v3/subscribers", """{"number":8002220000}""", client)).Status);
        var next = await target.PostAsync("/v3/subscribers", """{"number":8002223333}""", client);
        Assert.True(next.Data.GetProperty("id").GetInt64() > read.Data.GetProperty("id").GetInt64());
    }

    [Fact]
    public void Import_rejects_a_wrong_version_and_keeps_the_current_state()
    {
        using var sim = MtaSim.Create();
        var before = sim.Snapshot();

        Assert.Throws<InvalidDataException>(() => sim.Engine.ImportState(new System.Text.Json.Nodes.JsonObject { ["version"] = 99 }));
        Assert.Equal(before, sim.Snapshot());
    }

    [Fact]
    public async Task Reset_forgets_every_account()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002221111}""");

        sim.Engine.Reset();

        Assert.Equal(HttpStatusCode.Unauthorized, (await sim.GetAsync("/v3/subscribers")).Status);
        Assert.Throws<ArgumentException>(() => sim.Engine.ListSubscribers(sim.TenantId));
        Assert.NotNull(sim.Engine.CreateAccount(sim.TenantId, sim.Account.ApiKey));
    }

    [Fact]
    public void Import_without_the_id_counters_is_refused_and_keeps_the_current_state()
    {
        using var source = MtaSim.Create();
        var section = source.Engine.ExportState().AsObject();
        section.Remove("ids");
        using var target = MtaSim.Create();
        var before = target.Engine.ExportState().ToJsonString();

        var error = Assert.Throws<InvalidDataException>(() => target.Engine.ImportState(section));

        Assert.Contains("ids", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, target.Engine.ExportState().ToJsonString());
    }

    [Fact]
    public void Reset_starts_the_ids_again()
    {
        using var sim = MtaSim.Create();
        var first = sim.Engine.AddGroup(sim.TenantId, "First");
        sim.Engine.AddGroup(sim.TenantId, "Second");

        sim.Engine.Reset();
        var account = sim.Engine.CreateAccount();

        Assert.Equal(first.Id, sim.Engine.AddGroup(account.TenantId, "Again").Id);
        Assert.Equal(sim.TenantId, account.TenantId);
    }
}
