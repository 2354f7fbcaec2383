using System.Net;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class UpsertTagsAndPropertiesTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Tags_and_properties_of_an_existing_subscriber_are_merged()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var (gold, silver) = (AddTag(tenant, "Gold"), AddTag(tenant, "Silver"));
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998090","tag_sids":["{{{gold}}}"],"properties":{"first":"Joe","plan":"a"}}""");

        var response = await tenant.UpsertAsync($$$"""{"phone_number":"5009998090","tag_sids":["{{{silver}}}","{{{gold}}}"],"properties":{"plan":"b","last":"Smith"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal([gold, silver], Tags(response));
        Assert.Equal(
            new Dictionary<string, string> { ["first"] = "Joe", ["plan"] = "b", ["last"] = "Smith" },
            Properties(response));
    }

    [Fact]
    public async Task Reset_replaces_tags_and_properties_instead_of_merging()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var (gold, silver) = (AddTag(tenant, "Gold"), AddTag(tenant, "Silver"));
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998091","tag_sids":["{{{gold}}}"],"properties":{"first":"Joe"}}""");

        var response = await tenant.UpsertAsync($$$"""{"phone_number":"5009998091","reset":true,"tag_sids":["{{{silver}}}"],"properties":{"last":"Smith"}}""");

        Assert.Equal([silver], Tags(response));
        Assert.Equal(new Dictionary<string, string> { ["last"] = "Smith" }, Properties(response));
    }

    [Fact]
    public async Task Reset_without_tags_or_properties_clears_both()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var gold = AddTag(tenant, "Gold");
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998092","tag_sids":["{{{gold}}}"],"properties":{"first":"Joe"}}""");

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998092","reset":true}""");

        Assert.Empty(Tags(response));
        Assert.Empty(Properties(response));
    }

    [Fact]
    public async Task Empty_object_and_empty_array_clear_without_reset()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var gold = AddTag(tenant, "Gold");
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998093","tag_sids":["{{{gold}}}"],"properties":{"first":"Joe"}}""");

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998093","tag_sids":[],"properties":{}}""");

        Assert.Empty(Tags(response));
        Assert.Empty(Properties(response));
    }

    [Fact]
    public async Task Leaving_tags_and_properties_out_keeps_them()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var gold = AddTag(tenant, "Gold");
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998094","tag_sids":["{{{gold}}}"],"properties":{"first":"Joe"}}""");

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998094","external_user_id":"e"}""");

        Assert.Equal([gold], Tags(response));
        Assert.Equal(new Dictionary<string, string> { ["first"] = "Joe" }, Properties(response));
    }

    [Fact]
    public async Task Tag_counters_follow_the_subscribers_carrying_the_tag()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var gold = AddTag(tenant, "Gold");
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998095","tag_sids":["{{{gold}}}"]}""");
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998096","tag_sids":["{{{gold}}}"],"status":"unconfirmed"}""");

        var tags = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/channels/{tenant.ChannelSid}/tags");

        var tag = Assert.Single(tags.Body.EnumerateArray().ToList());
        Assert.Equal(2, tag.GetProperty("num_subscribers_total").GetInt32());
        Assert.Equal(1, tag.GetProperty("num_subscribers_active").GetInt32());
    }

    [Fact]
    public async Task An_unknown_tag_sid_is_a_400_and_changes_nothing()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var before = tenant.Snapshot();

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998097","tag_sids":["NoSuchTagSid0000000000"]}""");

        Assert.Contains("NoSuchTagSid0000000000", response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(before, tenant.Snapshot());
    }

    [Fact]
    public async Task A_tag_of_another_channel_is_unknown_here()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new SubscriberSimulator.Engines.Essential.EssentialChannelDefinition { Name = "Other" });
        var foreignTag = tenant.Engine.AddTag(tenant.AccountSid, other, "Foreign");

        var response = await tenant.UpsertAsync($$$"""{"phone_number":"5009998098","tag_sids":["{{{foreignTag}}}"]}""");

        response.AssertError(HttpStatusCode.BadRequest);
    }

    internal static string AddTag(EssentialTenant tenant, string name) => tenant.Engine.AddTag(tenant.AccountSid, tenant.ChannelSid, name);

    private static List<string> Tags(EssentialResponse response) =>
        response.Body.GetProperty("tag_sids").EnumerateArray().Select(t => t.GetString()!).ToList();

    private static Dictionary<string, string> Properties(EssentialResponse response) =>
        response.Body.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
}
