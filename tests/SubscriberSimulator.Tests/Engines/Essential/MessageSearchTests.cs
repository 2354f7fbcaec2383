using System.Net;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class MessageSearchTests
{
    [Fact]
    public async Task Search_finds_sent_messages_newest_first_with_the_total()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = await TenantWithMessagesAsync(server);

        var response = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/messages/search");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(3, response.Body.GetProperty("total").GetInt32());
        var results = response.Body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["third", "second", "first"], results.Select(r => r.GetProperty("body").GetString()));
        Assert.Equal("sent", results[0].GetProperty("status").GetString());
        Assert.Equal("Main", results[0].GetProperty("channel_name").GetString());
        Assert.Equal("+15009998501", results[0].GetProperty("to_phone_number").GetString());
        Assert.False(string.IsNullOrEmpty(results[0].GetProperty("carrier").GetString()));
    }

    [Theory]
    [InlineData("to_phone_number=5009998500", new[] { "second", "first" })]
    [InlineData("to_phone_number=%2B15009998501", new[] { "third" })]
    [InlineData("to_phone_number=15009998501&status=SENT", new[] { "third" })]
    [InlineData("from_phone_number=55555", new[] { "second" })]
    [InlineData("start_time=2026-03-21T00:01:00.000Z", new[] { "third", "second" })]
    [InlineData("end_time=2026-03-21T00:01:00Z", new[] { "first" })]
    [InlineData("start_time=2026-03-21&end_time=2026-03-22", new[] { "third", "second", "first" })]
    [InlineData("status=delivered", new string[0])]
    [InlineData("channel=Main", new[] { "third", "second", "first" })]
    [InlineData("channel=Other", new string[0])]
    public async Task Filters_combine_with_and(string query, string[] bodies)
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = await TenantWithMessagesAsync(server);

        var response = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/messages/search?" + query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(bodies, response.Body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("body").GetString()));
        Assert.Equal(bodies.Length, response.Body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("start_time=yesterday")]
    [InlineData("end_time=03/21/2026")]
    [InlineData("to_phone_number=call-me")]
    [InlineData("per_page=1001")]
    public async Task Malformed_filters_are_400(string query)
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = await TenantWithMessagesAsync(server);

        var response = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/messages/search?" + query);

        response.AssertError(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_channel_is_404()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = await TenantWithMessagesAsync(server);

        var response = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/messages/search?channel=Nowhere");

        response.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_keep_the_filters_and_total_counts_every_match()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = await TenantWithMessagesAsync(server);

        var first = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/messages/search?per_page=1&to_phone_number=5009998500");
        var link = first.Headers.GetValues("Link").Single();
        var second = await tenant.SendAsync(HttpMethod.Get, link[1..link.IndexOf('>')]);

        Assert.Equal("</essential/v2/account/messages/search?page=2&per_page=1&to_phone_number=5009998500>; rel=\"next\"", link);
        Assert.Equal(2, first.Body.GetProperty("total").GetInt32());
        Assert.Equal("second", first.Body.GetProperty("results")[0].GetProperty("body").GetString());
        Assert.Equal("first", second.Body.GetProperty("results")[0].GetProperty("body").GetString());
        Assert.False(second.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Another_accounts_messages_are_never_found()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = await TenantWithMessagesAsync(server);
        using var other = EssentialTenant.Create(server);

        var response = await other.SendAsync(HttpMethod.Get, "/essential/v2/account/messages/search");

        Assert.Equal(0, response.Body.GetProperty("total").GetInt32());
    }

    /// <summary>
    /// Three messages a minute apart from 2026-03-21T00:00Z: "first" and "second" (through the short
    /// code 55555) to 5009998500, "third" to 5009998501; the channel is called "Main".
    /// </summary>
    private static async Task<EssentialTenant> TenantWithMessagesAsync(SimulatorServer server)
    {
        var clock = server.Clock;
        clock.Freeze();
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 21, 0, 0, 0, TimeSpan.Zero));
        var tenant = EssentialTenant.Create(server, welcomeMessage: null);
        tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Other" });
        tenant.Engine.AddTransport(tenant.AccountSid, tenant.ChannelSid, new EssentialTransportDefinition { Endpoint = "55555" });
        await tenant.UpsertAsync("""{"phone_number":"5009998500"}""");
        await tenant.UpsertAsync("""{"phone_number":"5009998501"}""");
        await Send(tenant, "5009998500", """{"body":"first"}""");
        clock.Advance(TimeSpan.FromMinutes(1));
        await Send(tenant, "5009998500", """{"body":"second","transport":"55555"}""");
        clock.Advance(TimeSpan.FromMinutes(1));
        await Send(tenant, "5009998501", """{"body":"third"}""");
        return tenant;
    }

    private static async Task Send(EssentialTenant tenant, string number, string json)
    {
        var response = await tenant.SendAsync(HttpMethod.Post, $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/{number}/messages", json);
        Assert.Equal(HttpStatusCode.Created, response.Status);
    }
}
