using System.Net;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaSubscriberReadUpdateTests
{
    [Fact]
    public async Task Get_finds_a_subscriber_by_id_number_e164_or_email()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002223333,"email":"ada@example.com"}""");

        foreach (var key in new[] { id.ToString(System.Globalization.CultureInfo.InvariantCulture), "8002223333", "%2B18002223333", "ADA@example.com" })
        {
            var reply = await sim.GetAsync("/v3/subscribers/" + key);
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal(id, reply.Data.GetProperty("id").GetInt64());
        }
    }

    [Fact]
    public async Task Missing_subscriber_is_a_404_with_the_standard_error_body()
    {
        using var sim = MtaSim.Create();
        var get = await sim.GetAsync("/v3/subscribers/8002223333");
        var patch = await sim.PatchAsync("/v3/subscribers/ada@example.com", """{"firstName":"X"}""");
        var delete = await sim.DeleteAsync("/v3/subscribers/109999999");

        MtaSim.AssertError(get, HttpStatusCode.NotFound, "not found");
        MtaSim.AssertError(patch, HttpStatusCode.NotFound);
        MtaSim.AssertError(delete, HttpStatusCode.NotFound);
        Assert.Equal("not_found_error", get.Json.GetProperty("type").GetString());
        Assert.Equal("MTANotFoundError", get.Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_account_cannot_see_a_subscriber_even_by_id()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002223333}""");
        var other = sim.Engine.CreateAccount();
        using var otherClient = sim.ClientFor(other.ApiKey);

        var byId = await sim.GetAsync($"/v3/subscribers/{id}", otherClient);
        var byNumber = await sim.GetAsync("/v3/subscribers/8002223333", otherClient);

        Assert.Equal(HttpStatusCode.NotFound, byId.Status);
        Assert.Equal(HttpStatusCode.NotFound, byNumber.Status);
    }

    [Fact]
    public async Task Patch_is_partial_and_adds_groups_instead_of_replacing_them()
    {
        using var sim = MtaSim.Create();
        var first = sim.Engine.AddGroup(sim.TenantId, "First");
        var second = sim.Engine.AddGroup(sim.TenantId, "Second");
        var field = sim.Engine.AddCustomField(sim.TenantId, "Color");
        var id = await sim.CreateSubscriberAsync($$$"""{"number":8002223333,"firstName":"Ada","lastName":"L","groupIds":[{{{first.Id}}}],"subscriberFields":{"{{{field.Id}}}":"red"}}""");

        var reply = await sim.PatchAsync($"/v3/subscribers/{id}", $$$"""{"lastName":"Lovelace","groupIds":[{{{second.Id}}},{{{first.Id}}}],"subscriberFields":{"{{{field.Id}}}":"blue"}}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Subscriber updated successfully.", reply.Json.GetProperty("message").GetString());
        var data = reply.Data;
        Assert.Equal("Ada", data.GetProperty("firstName").GetString());
        Assert.Equal("Lovelace", data.GetProperty("lastName").GetString());
        var groups = data.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("id").GetInt32()).ToList();
        Assert.Equal([first.Id, second.Id], groups);
        Assert.Equal("Second", data.GetProperty("groups")[1].GetProperty("name").GetString());
        var datum = Assert.Single(data.GetProperty("subscriberFieldData").EnumerateArray());
        Assert.Equal(field.Id, datum.GetProperty("subscriberFieldId").GetInt32());
        Assert.Equal("blue", datum.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Patch_cannot_take_another_subscribers_number()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002223333}""");
        var id = await sim.CreateSubscriberAsync("""{"number":8002224444}""");

        var reply = await sim.PatchAsync($"/v3/subscribers/{id}", """{"number":8002223333}""");

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest, "another subscriber");
        Assert.Equal(18002224444L, sim.Engine.ListSubscribers(sim.TenantId)[1].PhoneDigits);
    }

    [Fact]
    public async Task Patch_can_move_a_subscriber_to_a_new_number_and_frees_the_old_one()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002223333}""");

        await sim.PatchAsync($"/v3/subscribers/{id}", """{"number":8002225555}""");

        Assert.Equal(HttpStatusCode.NotFound, (await sim.GetAsync("/v3/subscribers/8002223333")).Status);
        Assert.Equal(id, (await sim.GetAsync("/v3/subscribers/8002225555")).Data.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Delete_removes_the_subscriber_but_not_the_opt_out()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002223333}""");
        sim.Engine.StopReply(sim.TenantId, "8002223333");

        var reply = await sim.DeleteAsync($"/v3/subscribers/{id}");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Subscriber deleted successfully.", reply.Json.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await sim.GetAsync($"/v3/subscribers/{id}")).Status);
        Assert.True((await sim.GetAsync("/v3/unsubscribes/8002223333")).Data.GetProperty("unsubscribed").GetBoolean());
    }

    [Fact]
    public async Task List_is_paged_from_page_one_in_creation_order()
    {
        using var sim = MtaSim.Create();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await sim.CreateSubscriberAsync("{\"number\":800222333" + i + "}"));
        }

        var first = await sim.GetAsync("/v3/subscribers?page=1&pageSize=2");
        var third = await sim.GetAsync("/v3/subscribers?page=3&pageSize=2");
        var defaults = await sim.GetAsync("/v3/subscribers");

        Assert.Equal([ids[0], ids[1]], first.Data.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal([ids[4]], third.Data.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal(5, third.Data.GetProperty("total").GetInt32());
        Assert.Equal(3, third.Data.GetProperty("page").GetInt32());
        Assert.Equal(1, defaults.Data.GetProperty("page").GetInt32());
        Assert.Equal(25, defaults.Data.GetProperty("pageSize").GetInt32());
        Assert.Equal(5, defaults.Data.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task List_query_matches_names_emails_numbers_and_fields()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002223333,"firstName":"Ada"}""");
        await sim.CreateSubscriberAsync("""{"email":"grace@navy.mil","firstName":"Grace"}""");

        var byName = await sim.GetAsync("/v3/subscribers?query=ada");
        var byEmail = await sim.GetAsync("/v3/subscribers?query=NAVY");
        var byNumber = await sim.GetAsync("/v3/subscribers?query=2223333");

        Assert.Equal("Ada", Assert.Single(byName.Data.GetProperty("rows").EnumerateArray()).GetProperty("firstName").GetString());
        Assert.Equal("Grace", Assert.Single(byEmail.Data.GetProperty("rows").EnumerateArray()).GetProperty("firstName").GetString());
        Assert.Equal(1, byNumber.Data.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=1001")]
    [InlineData("page=abc")]
    [InlineData("sort=name")]
    public async Task Bad_list_parameters_are_400(string query)
    {
        using var sim = MtaSim.Create();
        MtaSim.AssertError(await sim.GetAsync("/v3/subscribers?" + query), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Seeded_subscribers_are_visible_through_the_api()
    {
        using var sim = MtaSim.Create();
        var seeded = sim.Engine.AddSubscriber(sim.TenantId, new MtaSubscriberSeed { Number = "8002223333", FirstName = "Seeded" });

        var reply = await sim.GetAsync("/v3/subscribers/8002223333");

        Assert.Equal(seeded.Id, reply.Data.GetProperty("id").GetInt64());
        Assert.Equal("Seeded", reply.Data.GetProperty("firstName").GetString());
    }
}
