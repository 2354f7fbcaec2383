using System.Net;
using System.Text;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaBulkCreateTests
{
    [Fact]
    public async Task Bulk_create_writes_valid_records_and_reports_invalid_ones()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync("/v3/subscribers/bulk?createOnly=false", """
            [
              {"number":8002223333,"firstName":"Ada"},
              {"number":"12","firstName":"Short"},
              {"email":"grace@navy.mil"},
              {"firstName":"NoContact"}
            ]
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var data = reply.Data;
        Assert.Equal(4, data.GetProperty("totalRecordCount").GetInt32());
        Assert.Equal(2, data.GetProperty("createdRecordCount").GetInt32());
        Assert.Equal(2, data.GetProperty("errorRecordCount").GetInt32());
        Assert.Equal(2, data.GetProperty("createdRecords").GetArrayLength());
        var errors = data.GetProperty("errorRecords");
        Assert.Equal("Short", errors[0].GetProperty("firstName").GetString());
        Assert.Equal("12", errors[0].GetProperty("number").GetString());
        Assert.Contains("number is too short for its region", errors[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("NoContact", errors[1].GetProperty("firstName").GetString());
        Assert.Equal(2, sim.SubscriberCount);
    }

    [Fact]
    public async Task CreateOnly_false_updates_existing_subscribers_and_counts_them_as_created_records()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002223333,"firstName":"Old"}""");

        var reply = await sim.PostAsync("/v3/subscribers/bulk?createOnly=false", """[{"number":8002223333,"firstName":"New"},{"number":8002224444}]""");

        Assert.Equal(2, reply.Data.GetProperty("createdRecordCount").GetInt32());
        var updated = reply.Data.GetProperty("createdRecords")[0];
        Assert.Equal(id, updated.GetProperty("id").GetInt64());
        Assert.Equal("New", updated.GetProperty("firstName").GetString());
        Assert.Equal(2, sim.SubscriberCount);
    }

    [Fact]
    public async Task CreateOnly_true_reports_existing_subscribers_as_already_existing()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002223333,"firstName":"Old"}""");

        var reply = await sim.PostAsync("/v3/subscribers/bulk?createOnly=true", """[{"number":8002223333,"firstName":"New"},{"number":8002224444}]""");

        Assert.Equal(1, reply.Data.GetProperty("createdRecordCount").GetInt32());
        var error = Assert.Single(reply.Data.GetProperty("errorRecords").EnumerateArray());
        Assert.Equal("Subscriber already exists", error.GetProperty("error").GetString());
        Assert.Equal("Old", sim.Engine.ListSubscribers(sim.TenantId)[0].FirstName);
    }

    [Fact]
    public async Task Duplicates_in_one_request_update_the_earlier_record_or_are_already_existing()
    {
        using var sim = MtaSim.Create();
        var upsert = await sim.PostAsync("/v3/subscribers/bulk", """[{"number":8002223333,"firstName":"A"},{"number":"+18002223333","lastName":"B"}]""");
        var createOnly = await sim.PostAsync("/v3/subscribers/bulk?createOnly=true", """[{"email":"x@example.com"},{"email":"X@example.com"}]""");

        var records = upsert.Data.GetProperty("createdRecords");
        Assert.Equal(records[0].GetProperty("id").GetInt64(), records[1].GetProperty("id").GetInt64());
        Assert.Equal("A", records[1].GetProperty("firstName").GetString());
        Assert.Equal("B", records[1].GetProperty("lastName").GetString());
        Assert.Equal("Subscriber already exists", createOnly.Data.GetProperty("errorRecords")[0].GetProperty("error").GetString());
        Assert.Equal(2, sim.SubscriberCount);
    }

    [Fact]
    public async Task More_than_1000_records_is_a_400_and_writes_nothing()
    {
        using var sim = MtaSim.Create();
        var body = new StringBuilder("[");
        for (var i = 0; i < 1001; i++)
        {
            body.Append(i == 0 ? string.Empty : ",").Append("{\"number\":").Append(8_002_000_000L + i).Append('}');
        }

        var reply = await sim.PostAsync("/v3/subscribers/bulk", body.Append(']').ToString());

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest);
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Exactly_1000_records_are_accepted()
    {
        using var sim = MtaSim.Create();
        var records = Enumerable.Range(0, 1000).Select(i => $"{{\"number\":{8_002_000_000L + i}}}");

        var reply = await sim.PostAsync("/v3/subscribers/bulk", "[" + string.Join(",", records) + "]");

        Assert.Equal(1000, reply.Data.GetProperty("createdRecordCount").GetInt32());
        Assert.Equal(1000, sim.SubscriberCount);
    }

    [Fact]
    public async Task Landline_unknown_group_and_unknown_field_are_per_record_errors()
    {
        using var sim = MtaSim.Create();
        sim.Engine.SetLineType(sim.TenantId, "8002220000", MtaLineType.Landline);

        var reply = await sim.PostAsync("/v3/subscribers/bulk", """
            [{"number":8002220000},{"number":8002221111,"groupIds":[42]},{"number":8002222222,"subscriberFields":{"77":"x"}},{"number":8002223333}]
            """);

        var errors = reply.Data.GetProperty("errorRecords").EnumerateArray().Select(e => e.GetProperty("error").GetString()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains("landline", errors[0], StringComparison.Ordinal);
        Assert.Contains("Group 42", errors[1], StringComparison.Ordinal);
        Assert.Contains("Custom field 77", errors[2], StringComparison.Ordinal);
        Assert.Equal(1, sim.SubscriberCount);
    }

    [Fact]
    public async Task Welcome_messages_are_sent_for_new_bulk_records_only()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002223333}""");

        await sim.PostAsync("/v3/subscribers/bulk", """[{"number":8002223333,"welcomeMessage":"Hi"},{"number":8002224444,"welcomeMessage":"Hi"}]""");

        var message = Assert.Single(sim.Messages);
        Assert.Equal("+18002224444", message.To);
    }

    [Fact]
    public async Task Send_failure_rolls_back_the_whole_bulk_request()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002223333,"firstName":"Old"}""");
        var before = sim.Snapshot();
        sim.Engine.SetSendFailure(sim.TenantId, true);

        var reply = await sim.PostAsync("/v3/subscribers/bulk", """[{"number":8002223333,"firstName":"New"},{"number":8002224444,"welcomeMessage":"Hi"}]""");

        MtaSim.AssertError(reply, HttpStatusCode.InternalServerError);
        sim.Engine.SetSendFailure(sim.TenantId, false);
        Assert.Equal(before, sim.Snapshot());
        Assert.Empty(sim.Messages);
        Assert.Equal("Old", (await sim.GetAsync($"/v3/subscribers/{id}")).Data.GetProperty("firstName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await sim.GetAsync("/v3/subscribers/8002224444")).Status);
    }

    [Theory]
    [InlineData("createOnly=yes")]
    [InlineData("createOnly=true&createOnly=false")]
    public async Task Bad_createOnly_is_a_400(string query)
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync("/v3/subscribers/bulk?" + query, """[{"number":8002223333}]""");

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest, "createOnly");
        Assert.Equal(0, sim.SubscriberCount);
    }
}
