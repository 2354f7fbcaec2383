using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Admin;

/// <summary>Each request matcher, priority and response feature.</summary>
public sealed class StubMatchingTests : IAsyncLifetime
{
    private SimulatorServer _server = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _server = TestSimulator.InMemory();
        _client = _server.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private async Task StubAsync(string request, int status = 299, string? extra = null)
    {
        var json = "{\"request\":" + request + ",\"response\":{\"status\":" + status + "}" + (extra is null ? string.Empty : "," + extra) + "}";
        var response = await _client.PostAsync("__admin/mappings", Http.Json(json));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<int> StatusAsync(HttpMethod method, string url, string? body = null, (string, string)? header = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = Http.Json(body);
        }

        if (header is { } h)
        {
            request.Headers.Add(h.Item1, h.Item2);
        }

        return (int)(await _client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task UrlMatchesPathAndQueryExactly()
    {
        await StubAsync("""{"method":"GET","url":"/a/b?x=1"}""");
        Assert.Equal(299, await StatusAsync(HttpMethod.Get, "a/b?x=1"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "a/b?x=2"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "a/b?x=1"));
    }

    [Fact]
    public async Task UrlPatternIsAWholeStringRegexOnPathAndQuery()
    {
        await StubAsync("""{"method":"ANY","urlPattern":"/a/[0-9]+\\?x=.*"}""");
        Assert.Equal(299, await StatusAsync(HttpMethod.Delete, "a/42?x=9"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "a/42"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "zz/a/42?x=9"));
    }

    [Fact]
    public async Task UrlPathIgnoresTheQueryAndUrlPathPatternIsARegex()
    {
        await StubAsync("""{"urlPath":"/p"}""", 291);
        await StubAsync("""{"urlPathPattern":"/q/[a-z]+"}""", 292);
        Assert.Equal(291, await StatusAsync(HttpMethod.Get, "p?anything=1"));
        Assert.Equal(292, await StatusAsync(HttpMethod.Put, "q/abc"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Put, "q/abc/d"));
    }

    [Fact]
    public async Task HeaderMatchers()
    {
        await StubAsync("""{"urlPath":"/h","headers":{"X-Mode":{"equalTo":"FAST","caseInsensitive":true}}}""", 291);
        await StubAsync("""{"urlPath":"/h2","headers":{"Authorization":{"contains":"Bearer"}}}""", 292);
        await StubAsync("""{"urlPath":"/h3","headers":{"X-Id":{"matches":"[0-9]{3}"}}}""", 293);
        await StubAsync("""{"urlPath":"/h4","headers":{"X-Debug":{"absent":true}}}""", 294);
        Assert.Equal(291, await StatusAsync(HttpMethod.Get, "h", header: ("X-Mode", "fast")));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "h"));
        Assert.Equal(292, await StatusAsync(HttpMethod.Get, "h2", header: ("Authorization", "Bearer abc")));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "h2", header: ("Authorization", "Basic abc")));
        Assert.Equal(293, await StatusAsync(HttpMethod.Get, "h3", header: ("X-Id", "123")));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "h3", header: ("X-Id", "1234")));
        Assert.Equal(294, await StatusAsync(HttpMethod.Get, "h4"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "h4", header: ("X-Debug", "1")));
    }

    [Fact]
    public async Task QueryParameterMatchers()
    {
        await StubAsync("""{"urlPath":"/q","queryParameters":{"page":{"equalTo":"2"},"search":{"contains":"bob"}}}""");
        Assert.Equal(299, await StatusAsync(HttpMethod.Get, "q?page=2&search=hi+bob+there"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "q?page=3&search=bob"));
        Assert.Equal(404, await StatusAsync(HttpMethod.Get, "q?page=2"));
    }

    [Fact]
    public async Task EqualToJsonComparesStructureAndHonoursItsOptions()
    {
        await StubAsync("""{"urlPath":"/j","bodyPatterns":[{"equalToJson":{"a":1,"list":[1,2]}}]}""", 291);
        await StubAsync("""{"urlPath":"/k","bodyPatterns":[{"equalToJson":"{\"list\":[2,1]}","ignoreArrayOrder":true,"ignoreExtraElements":true}]}""", 292);
        Assert.Equal(291, await StatusAsync(HttpMethod.Post, "j", """{"list":[1,2],"a":1.0}"""));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "j", """{"list":[2,1],"a":1}"""));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "j", """{"list":[1,2],"a":1,"b":0}"""));
        Assert.Equal(292, await StatusAsync(HttpMethod.Post, "k", """{"list":[1,2],"other":true}"""));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "k", "not json"));
    }

    [Fact]
    public async Task MatchesJsonPathForSimplePaths()
    {
        await StubAsync("""{"urlPath":"/p1","bodyPatterns":[{"matchesJsonPath":"$.phone_number"}]}""", 291);
        await StubAsync("""{"urlPath":"/p2","bodyPatterns":[{"matchesJsonPath":{"expression":"$.records[0].email","equalTo":"x@example.com"}}]}""", 292);
        await StubAsync("""{"urlPath":"/p3","bodyPatterns":[{"matchesJsonPath":"$['weird key'][1]"}]}""", 293);
        Assert.Equal(291, await StatusAsync(HttpMethod.Post, "p1", """{"phone_number":"+15550000000"}"""));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "p1", """{"phone":"+15550000000"}"""));
        Assert.Equal(292, await StatusAsync(HttpMethod.Post, "p2", """{"records":[{"email":"x@example.com"}]}"""));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "p2", """{"records":[{"email":"y@example.com"}]}"""));
        Assert.Equal(293, await StatusAsync(HttpMethod.Post, "p3", """{"weird key":[0,1]}"""));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "p3", """{"weird key":[0]}"""));
    }

    [Fact]
    public async Task BodyContainsMatchesText()
    {
        await StubAsync("""{"urlPath":"/c","bodyPatterns":[{"contains":"needle"}]}""");
        Assert.Equal(299, await StatusAsync(HttpMethod.Post, "c", """{"hay":"needle"}"""));
        Assert.Equal(404, await StatusAsync(HttpMethod.Post, "c", """{"hay":"stack"}"""));
    }

    [Fact]
    public async Task BodyPatternsSeeBodiesLargerThanTheJournalKeeps()
    {
        await StubAsync("""{"urlPath":"/test/items","bodyPatterns":[{"matchesJsonPath":"$.records[999].email"}]}""", 297);
        var records = string.Join(",", Enumerable.Range(0, 1000).Select(i => "{\"email\":\"user" + i + "@example.com\"}"));
        Assert.Equal(297, await StatusAsync(HttpMethod.Post, "test/items", "{\"records\":[" + records + "]}"));
    }

    [Fact]
    public async Task UnmatchedStubLetsTheEngineAnswer()
    {
        await StubAsync("""{"method":"POST","urlPath":"/test/items","bodyPatterns":[{"contains":"special"}]}""");
        Assert.Equal(201, await StatusAsync(HttpMethod.Post, "test/items", """{"email":"plain@example.com"}"""));
        Assert.Single(_server.GetEngine<TestEngine>().Items);
    }

    [Fact]
    public async Task LowerPriorityNumberWinsAndNewestWinsAmongEquals()
    {
        await StubAsync("""{"urlPath":"/pr"}""", 291, "\"priority\":1");
        await StubAsync("""{"urlPath":"/pr"}""", 292, "\"priority\":2");
        await StubAsync("""{"urlPath":"/eq"}""", 293);
        await StubAsync("""{"urlPath":"/eq"}""", 294);
        Assert.Equal(291, await StatusAsync(HttpMethod.Get, "pr"));
        Assert.Equal(294, await StatusAsync(HttpMethod.Get, "eq"));
    }

    [Fact]
    public async Task ResponseHeadersAndTextBody()
    {
        await _client.PostAsync("__admin/mappings", Http.Json("""{"request":{"urlPath":"/r"},"response":{"status":202,"headers":{"X-One":"1","X-Many":["a","b"],"Content-Type":"text/plain"},"body":"hello"}}"""));
        var response = await _client.GetAsync("r");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-One").Single());
        Assert.Equal(["a", "b"], response.Headers.GetValues("X-Many"));
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("hello", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Base64Body()
    {
        await _client.PostAsync("__admin/mappings", Http.Json("""{"request":{"urlPath":"/b"},"response":{"base64Body":"AAEC"}}"""));
        Assert.Equal(new byte[] { 0, 1, 2 }, await (await _client.GetAsync("b")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FixedDelayIsCancellable()
    {
        await _client.PostAsync("__admin/mappings", Http.Json("""{"request":{"urlPath":"/slow"},"response":{"status":200,"fixedDelayMilliseconds":600000}}"""));
        using var cancel = new CancellationTokenSource();
        var pending = _client.GetAsync("slow", cancel.Token);
        Assert.False(pending.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task ShortFixedDelayStillAnswers()
    {
        await _client.PostAsync("__admin/mappings", Http.Json("""{"request":{"urlPath":"/brief"},"response":{"status":203,"fixedDelayMilliseconds":20}}"""));
        Assert.Equal(HttpStatusCode.NonAuthoritativeInformation, (await _client.GetAsync("brief")).StatusCode);
    }
}
