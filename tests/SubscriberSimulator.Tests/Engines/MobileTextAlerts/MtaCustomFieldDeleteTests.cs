using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaCustomFieldDeleteTests
{
    [Fact]
    public async Task Deleting_a_field_removes_its_values_and_forgets_its_id()
    {
        using var sim = MtaSim.Create();
        var doomed = sim.Engine.AddCustomField(sim.TenantId, "Doomed");
        var kept = sim.Engine.AddCustomField(sim.TenantId, "Kept");
        var id = await sim.CreateSubscriberAsync($$$"""{"number":8002221111,"subscriberFields":{"{{{doomed.Id}}}":"x","{{{kept.Id}}}":"y"}}""");

        var deleted = await sim.DeleteAsync($"/v3/custom-fields/{doomed.Id}");
        var read = await sim.GetAsync($"/v3/subscribers/{id}");
        var again = await sim.DeleteAsync($"/v3/custom-fields/{doomed.Id}");
        var reuse = await sim.PatchAsync($"/v3/subscribers/{id}", $$$"""{"subscriberFields":{"{{{doomed.Id}}}":"z"}}""");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("Custom field deleted successfully.", deleted.Json.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, deleted.Data.ValueKind);
        var value = Assert.Single(read.Data.GetProperty("subscriberFieldData").EnumerateArray());
        Assert.Equal(kept.Id, value.GetProperty("subscriberFieldId").GetInt32());
        Assert.Equal("y", value.GetProperty("data").GetString());
        MtaSim.AssertError(again, HttpStatusCode.NotFound, "Custom field not found");
        MtaSim.AssertError(reuse, HttpStatusCode.BadRequest, $"Custom field {doomed.Id} does not exist");
        MtaSim.AssertError(await sim.GetAsync($"/v3/custom-fields/{doomed.Id}"), HttpStatusCode.NotFound);
        Assert.Single((await sim.GetAsync("/v3/custom-fields")).Data.EnumerateArray());
    }

    [Fact]
    public async Task Another_accounts_field_or_a_non_numeric_id_is_404_and_changes_nothing()
    {
        using var sim = MtaSim.Create();
        var other = sim.Engine.CreateAccount();
        var foreign = sim.Engine.AddCustomField(other.TenantId, "Theirs");
        var before = sim.Snapshot();

        MtaSim.AssertError(await sim.DeleteAsync($"/v3/custom-fields/{foreign.Id}"), HttpStatusCode.NotFound);
        MtaSim.AssertError(await sim.DeleteAsync("/v3/custom-fields/abc"), HttpStatusCode.NotFound);
        MtaSim.AssertError(await sim.DeleteAsync($"/v3/custom-fields/{foreign.Id}?force=true"), HttpStatusCode.BadRequest);
        Assert.Equal(before, sim.Snapshot());
        Assert.Single(sim.Engine.ExportState()["tenants"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == other.TenantId)!["state"]!["customFields"]!.AsArray());
    }
}
