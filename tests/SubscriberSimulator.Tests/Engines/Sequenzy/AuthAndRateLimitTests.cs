using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class AuthAndRateLimitTests
{
    [Fact]
    public async Task Requests_without_a_valid_bearer_key_are_401_in_the_provider_shape()
    {
        using var sim = SequenzySim.Create();
        using var wrongKey = sim.ClientFor("sk_live_wrong");
        using var apiKeyHeader = sim.Server.CreateClient();
        apiKeyHeader.DefaultRequestHeaders.Add("X-API-Key", sim.Workspace.ApiKey);

        var none = await sim.PostAsync("/subscribers", """{"email": "a@example.com"}""", sim.Anonymous);
        var wrong = await sim.GetAsync("/subscribers", wrongKey);
        var header = await sim.GetAsync("/lists", apiKeyHeader);
        var query = await sim.GetAsync("/lists?apiKey=" + sim.Workspace.ApiKey, sim.Anonymous);

        foreach (var reply in new[] { none, wrong, header, query })
        {
            SequenzySim.AssertError(reply, HttpStatusCode.Unauthorized, "Unauthorized");
        }

        Assert.DoesNotContain("sk_live_wrong", wrong.Text, StringComparison.Ordinal);
        Assert.Empty(sim.Subscribers);
    }

    [Fact]
    public async Task Workspaces_never_see_each_other()
    {
        using var sim = SequenzySim.Create();
        var other = sim.Engine.CreateWorkspace(SequenzySim.NewWorkspace("ws_other", "sk_live_other"));
        using var otherClient = sim.ClientFor(other.ApiKey);
        await sim.CreateAsync("""{"email": "mine@example.com", "externalId": "M"}""");

        var byEmail = await sim.GetAsync("/subscribers/mine%40example.com", otherClient);
        var byExternalId = await sim.GetAsync("/subscribers/external?externalId=M", otherClient);
        var list = await sim.GetAsync("/subscribers", otherClient);
        var create = await sim.PostAsync("/subscribers", """{"email": "mine@example.com", "externalId": "M"}""", otherClient);

        Assert.Equal(HttpStatusCode.NotFound, byEmail.Status);
        Assert.Equal(HttpStatusCode.NotFound, byExternalId.Status);
        Assert.Equal(0, list.Int("pagination", "total"));
        Assert.True(create.Subscriber.GetProperty("created").GetBoolean());
        Assert.Single(sim.Subscribers);
    }

    [Fact]
    public async Task Bursts_over_20_per_second_are_429_with_retry_after_and_pass_after_a_second()
    {
        using var sim = SequenzySim.Create(rateLimits: true);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/lists")).Status);
        }

        var limited = await sim.GetAsync("/lists");
        sim.Server.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await sim.GetAsync("/lists");

        SequenzySim.AssertError(limited, HttpStatusCode.TooManyRequests, "Rate limit exceeded");
        Assert.Equal("1", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal("0", limited.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Theory]
    [InlineData("POST", "/subscribers/events", """{"email": "rl@example.com", "event": "signup"}""")]
    [InlineData("POST", "/subscribers/bulk/tags/add", """{"tags": ["x"], "emails": ["rl@example.com"]}""")]
    [InlineData("GET", "/tags", null)]
    [InlineData("GET", "/subscribers/external/nobody", null)]
    public async Task The_new_routes_share_the_keys_bucket_and_its_headers(string method, string path, string? body)
    {
        using var sim = SequenzySim.Create(rateLimits: true);
        for (var i = 0; i < 19; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/lists")).Status);
        }

        var last = await sim.SendAsync(new HttpMethod(method), path, body);
        var limited = await sim.SendAsync(new HttpMethod(method), path, body);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, last.Status);
        Assert.Equal("0", last.Headers.GetValues("X-RateLimit-Remaining").Single());
        SequenzySim.AssertError(limited, HttpStatusCode.TooManyRequests, "Rate limit exceeded");
        Assert.Equal("1", limited.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task More_than_100_requests_per_minute_are_429_until_the_minute_is_over()
    {
        using var sim = SequenzySim.Create(rateLimits: true);
        for (var second = 0; second < 5; second++)
        {
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/lists")).Status);
            }

            sim.Server.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var limited = await sim.GetAsync("/lists");
        sim.Server.Clock.Advance(TimeSpan.FromSeconds(55));
        var after = await sim.GetAsync("/lists");

        SequenzySim.AssertError(limited, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 50);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task Limits_are_per_key()
    {
        using var sim = SequenzySim.Create(rateLimits: true);
        var other = sim.Engine.CreateWorkspace(SequenzySim.NewWorkspace("ws_other", "sk_live_other"));
        using var otherClient = sim.ClientFor(other.ApiKey);
        for (var i = 0; i < 20; i++)
        {
            await sim.GetAsync("/lists");
        }

        var mine = await sim.GetAsync("/lists");
        var theirs = await sim.GetAsync("/lists", otherClient);

        Assert.Equal(HttpStatusCode.TooManyRequests, mine.Status);
        Assert.Equal(HttpStatusCode.OK, theirs.Status);
    }

    [Fact]
    public async Task Two_keys_of_one_workspace_are_limited_separately()
    {
        using var sim = SequenzySim.Create(rateLimits: true);
        sim.Engine.AddApiKey(sim.WorkspaceId, "sk_live_second");
        using var second = sim.ClientFor("sk_live_second");
        for (var i = 0; i < 20; i++)
        {
            await sim.GetAsync("/lists");
        }

        var first = await sim.GetAsync("/lists");
        var other = await sim.GetAsync("/lists", second);

        Assert.Equal(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal("19", other.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task Unknown_routes_and_wrong_methods_answer_in_the_provider_shape()
    {
        using var sim = SequenzySim.Create();

        var unknown = await sim.GetAsync("/nothing-here");
        var method = await sim.SendAsync(HttpMethod.Put, "/subscribers/tags/bulk", "{}");

        SequenzySim.AssertError(unknown, HttpStatusCode.NotFound);
        SequenzySim.AssertError(method, HttpStatusCode.MethodNotAllowed);
    }
}
