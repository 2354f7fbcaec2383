using System.Net;
using System.Text.Json;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class ChannelEndpointsTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Channels_are_listed_oldest_first_with_their_switches()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var silent = tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Silent", WelcomeMessage = null });

        var response = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/channels");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal([tenant.ChannelSid, silent], response.Body.EnumerateArray().Select(c => c.GetProperty("sid").GetString()));
        var main = response.Body[0];
        Assert.Equal("Main", main.GetProperty("name").GetString());
        Assert.Equal(tenant.AccountSid, main.GetProperty("account_sid").GetString());
        Assert.True(main.GetProperty("cs_provider_data").GetProperty("welcome_new_subscribers").GetBoolean());
        Assert.False(response.Body[1].GetProperty("cs_provider_data").GetProperty("welcome_new_subscribers").GetBoolean());
        Assert.Equal(JsonValueKind.Null, main.GetProperty("deliveries_paused_at").ValueKind);
        Assert.False(response.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Channel_pages_link_to_the_next_page_relative_to_the_server_whatever_the_host_header_says()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Second" });
        tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Third" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/essential/v2/account/channels?per_page=2");
        request.Headers.Host = "attacker.example";

        using var first = await tenant.Client.SendAsync(request);
        var link = first.Headers.GetValues("Link").Single();
        var next = await tenant.SendAsync(HttpMethod.Get, link[1..link.IndexOf('>')]);

        Assert.Equal("</essential/v2/account/channels?page=2&per_page=2>; rel=\"next\"", link);
        Assert.Equal(["Third"], next.Body.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.False(next.Headers.Contains("Link"));
    }

    [Fact]
    public async Task A_channel_is_read_by_sid_with_or_without_its_prefix_but_not_by_name()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        using var other = EssentialTenant.Create(fixture.Server);

        var bare = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/channels/{tenant.ChannelSid}");
        var prefixed = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/channels/ch_{tenant.ChannelSid}");
        var byName = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/channels/Main");
        var foreign = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/channels/{other.ChannelSid}");

        Assert.Equal(HttpStatusCode.OK, bare.Status);
        Assert.Equal(tenant.ChannelSid, bare.Str("sid"));
        Assert.Equal(bare.Raw, prefixed.Raw);
        byName.AssertError(HttpStatusCode.NotFound);
        foreign.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_refuses_paging_parameters_out_of_range()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var zero = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/channels?per_page=0");
        var tooMany = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/channels?per_page=1001");
        var notANumber = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/channels?page=two");
        var pastTheEnd = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/channels?page=5");

        zero.AssertError(HttpStatusCode.BadRequest);
        tooMany.AssertError(HttpStatusCode.BadRequest);
        notANumber.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(0, pastTheEnd.Body.GetArrayLength());
        Assert.False(pastTheEnd.Headers.Contains("Link"));
    }
}
