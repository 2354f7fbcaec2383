using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

/// <summary>
/// The windows of the group, send, export and opt-out routes: group bulk-create and bulk-delete
/// share 5 per 15 s, send has 25 per 15 s, the export counts in the subscriber window, and the
/// other new routes in the general 30 per minute.
/// </summary>
public sealed class MtaOperationBucketTests
{
    [Fact]
    public async Task Group_bulk_create_and_bulk_delete_share_five_per_fifteen_seconds()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var body = """{"subscriberIds":[1]}""";
        for (var i = 0; i < 5; i++)
        {
            var route = i % 2 == 0 ? "bulk-create" : "bulk-delete";
            var ok = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/{route}", body);
            Assert.Equal(HttpStatusCode.OK, ok.Status);
            Assert.Equal("5", ok.Header("RateLimit-Limit"));
        }

        var limited = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-delete", body);
        var general = await sim.GetAsync($"/v3/groups/{group.Id}/member-count");
        sim.Server.Clock.Advance(TimeSpan.FromSeconds(15));
        var later = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-create", body);

        MtaSim.AssertError(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal("15", limited.Header("Retry-After"));
        Assert.Equal("15000", limited.Header("RateLimit-Reset"));
        Assert.Equal(HttpStatusCode.OK, general.Status);
        Assert.Equal("30", general.Header("RateLimit-Limit"));
        Assert.Equal(HttpStatusCode.OK, later.Status);
    }

    [Fact]
    public async Task Send_allows_twenty_five_per_fifteen_seconds_in_its_own_window()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        for (var i = 0; i < 25; i++)
        {
            var ok = await sim.PostAsync("/v3/send", """{"message":"Hi","subscribers":["8002221111"]}""");
            Assert.Equal(HttpStatusCode.OK, ok.Status);
            Assert.Equal("25", ok.Header("RateLimit-Limit"));
        }

        var limited = await sim.PostAsync("/v3/send", """{"message":"Hi","subscribers":["8002221111"]}""");

        MtaSim.AssertError(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal(25, sim.Messages.Count);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/v3/subscribers")).Status);
    }

    [Fact]
    public async Task Export_counts_in_the_subscriber_window()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        for (var i = 0; i < 14; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/v3/subscribers")).Status);
        }

        var export = await sim.GetAsync("/v3/subscribers/export");
        var limited = await sim.GetAsync("/v3/subscribers/export");

        Assert.Equal(HttpStatusCode.OK, export.Status);
        Assert.Equal("15", export.Header("RateLimit-Limit"));
        Assert.Equal("0", export.Header("RateLimit-Remaining"));
        MtaSim.AssertError(limited, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_other_new_routes_share_the_general_window_of_thirty()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var field = sim.Engine.AddCustomField(sim.TenantId, "F");
        var id = sim.Engine.AddSubscriber(sim.TenantId, new SubscriberSimulator.Engines.MobileTextAlerts.MtaSubscriberSeed { Number = "8002221111" }).Id;
        var calls = new Func<Task<MtaReply>>[]
        {
            () => sim.PatchAsync($"/v3/groups/{group.Id}", "{}"),
            () => sim.PostAsync($"/v3/groups/{group.Id}/subscribers", $$"""{"subscriberId":{{id}}}"""),
            () => sim.DeleteAsync($"/v3/groups/{group.Id}/subscribers/{id}"),
            () => sim.GetAsync($"/v3/groups/{group.Id}/member-count"),
            () => sim.GetAsync($"/v3/groups/member-count/bulk?groupIds={group.Id}"),
            () => sim.GetAsync("/v3/groups/member-count/all"),
            () => sim.PostAsync("/v3/unsubscribes/bulk", """[{"number":"8002229999"}]"""),
            () => sim.GetAsync("/v3/groups"),
            () => sim.GetAsync($"/v3/custom-fields/{field.Id}"),
            () => sim.GetAsync("/v3/auth/verify-api-key"),
        };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 28; i++)
        {
            var reply = await calls[i % calls.Length]();
            Assert.Equal("30", reply.Header("RateLimit-Limit"));
            statuses.Add(reply.Status);
        }

        var deletedField = await sim.DeleteAsync($"/v3/custom-fields/{field.Id}");
        var deletedGroup = await sim.DeleteAsync($"/v3/groups/{group.Id}");
        var limited = await sim.GetAsync($"/v3/groups/{group.Id}/member-count");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, deletedField.Status);
        Assert.Equal(HttpStatusCode.OK, deletedGroup.Status);
        MtaSim.AssertError(limited, HttpStatusCode.TooManyRequests);
    }
}
