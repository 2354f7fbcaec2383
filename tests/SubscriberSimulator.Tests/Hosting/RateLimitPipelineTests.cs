using System.Net;
using System.Net.Http.Headers;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Hosting;

public sealed class RateLimitPipelineTests
{
    [Fact]
    public async Task LimitIsPerTenantAndResetsWhenTheClockAdvances()
    {
        await using var server = TestSimulator.InMemory(o => o.RateLimits.Set(NotesEngine.EngineId, RateLimitOptions.AnyBucket, new RateLimitRule(2, TimeSpan.FromSeconds(15))));
        using var client = TestSimulator.ClientFor(server);

        Assert.Equal("1", (await client.GetAsync("notes-api/notes")).Headers.GetValues("RateLimit-Remaining").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("notes-api/notes")).StatusCode);
        var rejected = await client.GetAsync("notes-api/notes");
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("15", rejected.Headers.GetValues("Retry-After").Single());
        Assert.Equal("15000", rejected.Headers.GetValues("RateLimit-Reset").Single());

        server.GetEngine<NotesEngine>().Notebooks.Add(new Notebook("b"), "b-token");
        using var other = server.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "b-token");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("notes-api/notes")).StatusCode);

        var advanced = await client.PostAsync("__sim/clock", Http.Json("{\"advance\":\"PT15S\"}"));
        Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("notes-api/notes")).StatusCode);
    }
}
