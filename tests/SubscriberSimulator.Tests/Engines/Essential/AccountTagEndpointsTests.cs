using System.Net;
using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class AccountTagEndpointsTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task The_account_list_holds_every_channels_tags_oldest_first_and_pages_them()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Other" });
        await CreateTag(tenant, tenant.ChannelSid, "First");
        await CreateTag(tenant, other, "Second");
        await CreateTag(tenant, tenant.ChannelSid, "Third");

        var all = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/tags");
        var firstPage = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/tags?per_page=2&include_deleted=false");
        var link = firstPage.Headers.GetValues("Link").Single();
        var secondPage = await tenant.SendAsync(HttpMethod.Get, link[1..link.IndexOf('>')]);
        var ofOther = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/tags?channel_sid={other}");

        Assert.Equal(["First", "Second", "Third"], Names(all));
        Assert.Equal("</essential/v2/account/tags?page=2&per_page=2&include_deleted=false>; rel=\"next\"", link);
        Assert.Equal(["Third"], Names(secondPage));
        Assert.Equal(["Second"], Names(ofOther));
        Assert.Equal(other, ofOther.Body[0].GetProperty("channel_sid").GetString());
    }

    [Fact]
    public async Task Soft_deleted_tags_appear_only_when_asked_for()
    {
        using var source = SimulatorServer.CreateInMemory();
        using var tenant = EssentialTenant.Create(source);
        tenant.Engine.AddTag(tenant.AccountSid, tenant.ChannelSid, "Kept");
        tenant.Engine.AddTag(tenant.AccountSid, tenant.ChannelSid, "Gone");
        var state = tenant.Engine.ExportState();
        var tags = state["tenants"]![0]!["state"]!["channels"]![0]!["tags"]!.AsArray();
        tags.Single(t => (string?)t!["name"] == "Gone")!["deleted_at"] = "2026-11-02T15:10:00.000Z";
        tenant.Engine.ImportState(JsonNode.Parse(state.ToJsonString())!);

        var live = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/tags");
        var withDeleted = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/tags?include_deleted=true");

        Assert.Equal(["Kept"], Names(live));
        Assert.Equal(["Kept", "Gone"], Names(withDeleted));
    }

    [Fact]
    public async Task The_account_list_refuses_an_unknown_channel_and_malformed_parameters()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var unknown = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/tags?channel_sid=NoSuchChannel000000000");
        var badFlag = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/tags?include_deleted=maybe");
        var badPage = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/tags?page=0");

        unknown.AssertError(HttpStatusCode.NotFound);
        badFlag.AssertError(HttpStatusCode.BadRequest);
        badPage.AssertError(HttpStatusCode.BadRequest);
    }

    private static Task<EssentialResponse> CreateTag(EssentialTenant tenant, string channelSid, string name) =>
        tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/tags", $$$"""{"channel_sid":"{{{channelSid}}}","name":"{{{name}}}"}""");

    private static IEnumerable<string?> Names(EssentialResponse response) =>
        response.Body.EnumerateArray().Select(t => t.GetProperty("name").GetString());
}
