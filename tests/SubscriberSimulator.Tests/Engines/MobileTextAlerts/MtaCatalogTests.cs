using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaCatalogTests
{
    [Fact]
    public async Task Groups_are_created_listed_and_read()
    {
        using var sim = MtaSim.Create();
        var created = await sim.PostAsync("/v3/groups", """{"name":"VIP","description":"Best customers","hidden":false,"sortOrder":2,"keyword":"VIP"}""");
        await sim.PostAsync("/v3/groups", """{"name":"Staff"}""");

        var id = created.Data.GetProperty("id").GetInt32();
        var list = await sim.GetAsync("/v3/groups?page=1&pageSize=1");
        var one = await sim.GetAsync($"/v3/groups/{id}");

        Assert.Equal("Created group VIP.", created.Json.GetProperty("message").GetString());
        Assert.Equal(2, list.Data.GetProperty("total").GetInt32());
        Assert.Equal("VIP", Assert.Single(list.Data.GetProperty("rows").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Best customers", one.Data.GetProperty("description").GetString());
        Assert.Equal(2, one.Data.GetProperty("sortOrder").GetInt32());
        Assert.Equal("VIP", one.Data.GetProperty("keyword").GetString());
        Assert.False(one.Data.GetProperty("hidden").GetBoolean());
        MtaSim.AssertError(await sim.GetAsync("/v3/groups/1"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Custom_fields_are_created_listed_and_used_by_subscribers()
    {
        using var sim = MtaSim.Create();
        var created = await sim.PostAsync("/v3/custom-fields", """{"name":"Plan","type":"select","options":["free","pro"]}""");
        var id = created.Data.GetProperty("id").GetInt32();

        var list = await sim.GetAsync("/v3/custom-fields");
        var subscriber = await sim.PostAsync("/v3/subscribers", $$$"""{"number":8002223333,"subscriberFields":{"{{{id}}}":"pro"}}""");

        Assert.Equal("select", created.Data.GetProperty("type").GetString());
        Assert.Equal(2, created.Data.GetProperty("options").GetArrayLength());
        Assert.Equal(id, Assert.Single(list.Data.EnumerateArray()).GetProperty("id").GetInt32());
        var datum = Assert.Single(subscriber.Data.GetProperty("subscriberFieldData").EnumerateArray());
        Assert.Equal(id, datum.GetProperty("subscriberFieldId").GetInt32());
        Assert.Equal("pro", datum.GetProperty("data").GetString());
        Assert.True(datum.GetProperty("id").GetInt64() > 0);
    }

    [Theory]
    [InlineData("""{"name":"X","type":"colour"}""")]
    [InlineData("""{"name":"X","type":"select"}""")]
    [InlineData("""{"name":"X","type":"string","options":["a"]}""")]
    [InlineData("""{"name":"X","type":"date","format":"YYYY"}""")]
    [InlineData("""{"type":"string"}""")]
    [InlineData("""{"name":"X"}""")]
    [InlineData("""{"name":5}""")]
    public async Task Invalid_custom_fields_are_400(string body)
    {
        using var sim = MtaSim.Create();
        MtaSim.AssertError(await sim.PostAsync("/v3/custom-fields", body), HttpStatusCode.BadRequest);
        Assert.Equal(0, (await sim.GetAsync("/v3/custom-fields")).Data.GetArrayLength());
    }

    [Fact]
    public async Task Verify_api_key_answers_with_the_documented_message()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.GetAsync("/v3/auth/verify-api-key");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("API Key verified", reply.Json.GetProperty("message").GetString());
    }
}
