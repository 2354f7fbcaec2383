using System.Net;
using System.Text;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaBulkUpdateTests
{
    [Fact]
    public async Task Bulk_update_finds_subscribers_by_id_phone_number_or_email()
    {
        using var sim = MtaSim.Create();
        var byId = await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        var byPhone = await sim.CreateSubscriberAsync("""{"number":8002222222}""");
        var byEmail = await sim.CreateSubscriberAsync("""{"email":"ada@example.com"}""");

        var reply = await sim.PatchAsync("/v3/subscribers/bulk", $$$"""
            [
              {"id":{{{byId}}},"record":{"firstName":"One"}},
              {"phoneNumber":"+18002222222","record":{"firstName":"Two"}},
              {"email":"ADA@example.com","record":{"firstName":"Three"}}
            ]
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var data = reply.Data;
        Assert.Equal(3, data.GetProperty("totalRecordCount").GetInt32());
        Assert.Equal(3, data.GetProperty("updatedRecordCount").GetInt32());
        Assert.Equal(0, data.GetProperty("errorRecordCount").GetInt32());
        var updated = data.GetProperty("updatedRecords");
        Assert.Equal(byId, updated[0].GetProperty("id").GetInt64());
        Assert.Equal("One", updated[0].GetProperty("record").GetProperty("firstName").GetString());
        Assert.Equal("+18002222222", updated[1].GetProperty("phoneNumber").GetString());
        Assert.Equal(byPhone, updated[1].GetProperty("record").GetProperty("id").GetInt64());
        Assert.Equal("ADA@example.com", updated[2].GetProperty("email").GetString());
        Assert.Equal(byEmail, updated[2].GetProperty("record").GetProperty("id").GetInt64());
        Assert.Equal(["One", "Two", "Three"], sim.Engine.ListSubscribers(sim.TenantId).Select(s => s.FirstName));
    }

    [Fact]
    public async Task Unknown_subscribers_are_error_records_and_the_rest_is_written()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002221111}""");

        var reply = await sim.PatchAsync("/v3/subscribers/bulk", """
            [{"id":1,"record":{"firstName":"X"}},{"phoneNumber":"8002221111","record":{"firstName":"Y"}},{"email":"nobody@example.com","record":{}},{"phoneNumber":"12","record":{}}]
            """);

        var errors = reply.Data.GetProperty("errorRecords");
        Assert.Equal(3, reply.Data.GetProperty("errorRecordCount").GetInt32());
        Assert.Equal(1, errors[0].GetProperty("id").GetInt64());
        Assert.Equal("Subscriber not found", errors[0].GetProperty("error").GetString());
        Assert.Equal("nobody@example.com", errors[1].GetProperty("email").GetString());
        Assert.Contains("phoneNumber is too short for its region", errors[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("Y", sim.Engine.ListSubscribers(sim.TenantId)[0].FirstName);
    }

    [Fact]
    public async Task Later_items_see_what_earlier_items_of_the_same_request_changed()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111,"firstName":"Old"}""");

        var reply = await sim.PatchAsync("/v3/subscribers/bulk", $$$"""
            [
              {"id":{{{id}}},"record":{"number":"8002229999"}},
              {"phoneNumber":"8002221111","record":{"firstName":"Lost"}},
              {"phoneNumber":"8002229999","record":{"firstName":"Found"}}
            ]
            """);

        Assert.Equal(2, reply.Data.GetProperty("updatedRecordCount").GetInt32());
        Assert.Equal("Subscriber not found", reply.Data.GetProperty("errorRecords")[0].GetProperty("error").GetString());
        var stored = Assert.Single(sim.Engine.ListSubscribers(sim.TenantId));
        Assert.Equal(("Found", "+18002229999"), (stored.FirstName, stored.E164));
        Assert.Equal(HttpStatusCode.NotFound, (await sim.GetAsync("/v3/subscribers/8002221111")).Status);
        Assert.Equal(id, (await sim.GetAsync("/v3/subscribers/8002229999")).Data.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Bulk_update_adds_groups()
    {
        using var sim = MtaSim.Create();
        var a = sim.Engine.AddGroup(sim.TenantId, "A");
        var b = sim.Engine.AddGroup(sim.TenantId, "B");
        var id = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{a.Id}}]}""");

        await sim.PatchAsync("/v3/subscribers/bulk", $$$"""[{"id":{{{id}}},"record":{"groupIds":[{{{b.Id}}}]}}]""");

        Assert.Equal([a.Id, b.Id], sim.Engine.ListSubscribers(sim.TenantId)[0].Groups.Select(g => g.GroupId));
    }

    [Fact]
    public async Task More_than_1000_items_is_a_400_and_writes_nothing()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111,"firstName":"Old"}""");
        var body = new StringBuilder("[");
        for (var i = 0; i < 1001; i++)
        {
            body.Append(i == 0 ? string.Empty : ",").Append("{\"id\":").Append(id).Append(",\"record\":{\"firstName\":\"New\"}}");
        }

        var reply = await sim.PatchAsync("/v3/subscribers/bulk", body.Append(']').ToString());

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest);
        Assert.Equal("Old", sim.Engine.ListSubscribers(sim.TenantId)[0].FirstName);
    }

    [Theory]
    [InlineData("""[{"record":{"firstName":"X"}}]""")]
    [InlineData("""[{"id":1,"email":"a@b.co","record":{}}]""")]
    [InlineData("""[{"id":1}]""")]
    [InlineData("""[{"id":"1","record":{}}]""")]
    [InlineData("""[{"id":1,"record":{"firstName":"X"},"extra":true}]""")]
    public async Task Malformed_items_reject_the_whole_request(string body)
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        var before = sim.Snapshot();

        var reply = await sim.PatchAsync("/v3/subscribers/bulk", body.Replace("\"id\":1", $"\"id\":{id}", StringComparison.Ordinal));

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest);
        Assert.Equal(before, sim.Snapshot());
    }
}
