using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Core.Pipeline;

/// <summary>The order of the pipeline's steps, each refusal in the provider's own error shape.</summary>
public sealed class ProviderPipelineTests
{
    private const string BadBody = """{"text":42}""";

    private static KitHarness LimitedToOneRequest() =>
        new(options => options.RateLimits.Set(NotesEngine.EngineId, RateLimitOptions.AnyBucket, new RateLimitRule(1, TimeSpan.FromMinutes(1))));

    [Fact]
    public void A_missing_credential_is_401_before_the_rate_limit_and_the_body()
    {
        var kit = LimitedToOneRequest();
        var token = kit.CreateNotebook("a");
        kit.Api("GET", "/notes", token: token);

        var response = kit.Api("PUT", "/notes/x", BadBody);

        Assert.Equal(401, response.Status);
        Assert.Equal(401, KitHarness.Json(response)!["error"]!["status"]!.GetValue<int>());
        Assert.Null(response.Header("Retry-After"));
    }

    [Fact]
    public void An_unknown_credential_is_401()
    {
        var kit = new KitHarness();
        kit.CreateNotebook("a");

        Assert.Equal(401, kit.Api("GET", "/notes", token: "someone-else").Status);
    }

    [Fact]
    public void An_exhausted_rate_limit_is_429_before_the_body_with_the_dialects_headers()
    {
        var kit = LimitedToOneRequest();
        var token = kit.CreateNotebook("a");
        kit.Api("GET", "/notes", token: token);

        var response = kit.Api("PUT", "/notes/x", BadBody, token);

        Assert.Equal(429, response.Status);
        Assert.Equal("60", response.Header("Retry-After"));
        Assert.Equal("0", response.Header("RateLimit-Remaining"));
    }

    [Fact]
    public void Within_the_limit_a_body_that_breaks_the_spec_is_400_naming_the_place_and_carries_the_headers()
    {
        var kit = LimitedToOneRequest();
        var token = kit.CreateNotebook("a");

        var response = kit.Api("PUT", "/notes/x", BadBody, token);

        Assert.Equal(400, response.Status);
        Assert.Contains("/text", KitHarness.ErrorMessage(response), StringComparison.Ordinal);
        Assert.Equal("0", response.Header("RateLimit-Remaining"));
        Assert.Empty(kit.Engine.Notebooks.Get("a").Notes);
    }

    [Fact]
    public void An_operations_body_check_refuses_before_the_spec_with_its_own_status()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");

        var listed = kit.Api("PUT", "/notes/x", """{"text":["a","b"]}""", token);
        var number = kit.Api("PUT", "/notes/x", BadBody, token);

        Assert.Equal(422, listed.Status);
        Assert.Equal("text must be one text, not a list.", KitHarness.ErrorMessage(listed));
        Assert.Equal(400, number.Status);
        Assert.Empty(kit.Engine.Notebooks.Get("a").Notes);
    }

    [Fact]
    public void A_body_check_runs_after_the_scope_and_the_body_steps()
    {
        var kit = new KitHarness();
        var readOnly = kit.CreateNotebook("a", "a-readonly");
        var writer = kit.CreateNotebook("b");

        Assert.Equal(403, kit.Api("PUT", "/notes/x", """{"text":["a"]}""", readOnly).Status);
        Assert.Equal(400, kit.Api("PUT", "/notes/x", """{"text":["a"]""", writer).Status);
    }

    [Fact]
    public void Query_parameters_are_checked_against_the_spec()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");

        Assert.Equal(400, kit.Api("GET", "/notes?limit=0", token: token).Status);
        Assert.Equal(200, kit.Api("GET", "/notes?limit=5", token: token).Status);
    }

    [Fact]
    public void Route_misses_come_first_404_then_405_with_allow_even_without_a_credential()
    {
        var kit = new KitHarness();

        var notFound = kit.Api("GET", "/nothing");
        var wrongMethod = kit.Api("DELETE", "/notes/x");

        Assert.Equal(404, notFound.Status);
        Assert.Equal("No GET route matches this path.", KitHarness.ErrorMessage(notFound));
        Assert.Equal(405, wrongMethod.Status);
        Assert.Equal("GET, PUT", wrongMethod.Header("Allow"));
    }

    [Fact]
    public void A_body_over_the_limit_is_413_before_authentication()
    {
        var kit = new KitHarness(options => options.MaxRequestBodyBytes = 16);

        var response = kit.Api("PUT", "/notes/x", """{"text":"more than sixteen bytes"}""");

        Assert.Equal(413, response.Status);
        Assert.Equal("The request body is larger than the 16 bytes limit.", KitHarness.ErrorMessage(response));
    }

    [Fact]
    public void A_missing_scope_is_403_before_the_body()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a", "a-readonly");

        var response = kit.Api("PUT", "/notes/x", "not json", token);

        Assert.Equal(403, response.Status);
    }

    [Theory]
    [InlineData("not json", "application/json", 400)]
    [InlineData("", "application/json", 400)]
    [InlineData("""{"text":"hi"}""", "text/plain", 415)]
    public void A_malformed_missing_or_non_json_body_is_refused(string body, string contentType, int status)
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");

        Assert.Equal(status, kit.Api("PUT", "/notes/x", body, token, contentType).Status);
    }

    [Fact]
    public void A_rule_that_refuses_answers_in_the_providers_shape()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");

        var response = kit.Api("GET", "/notes/missing", token: token);

        Assert.Equal(404, response.Status);
        Assert.Equal("No such note.", KitHarness.ErrorMessage(response));
    }

    [Fact]
    public void An_unexpected_exception_is_the_providers_500()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");

        var response = kit.Api("GET", "/boom", token: token);

        Assert.Equal(500, response.Status);
        Assert.Equal("Internal server error.", KitHarness.ErrorMessage(response));
    }

    [Fact]
    public void A_request_whose_client_has_gone_is_abandoned_and_changes_nothing()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.Throws<OperationCanceledException>(() => kit.Api("PUT", "/notes/x", """{"text":"hi"}""", token, aborted: gone.Token));
        Assert.Empty(kit.Engine.Notebooks.Get("a").Notes);
    }

    [Fact]
    public void Each_credential_sees_only_its_own_tenant()
    {
        var kit = new KitHarness();
        var alice = kit.CreateNotebook("alice");
        var bob = kit.CreateNotebook("bob");

        var written = kit.Api("PUT", "/notes/secret", """{"text":"alice's"}""", alice);
        var bobReads = kit.Api("GET", "/notes/secret", token: bob);
        var aliceReads = kit.Api("GET", "/notes/secret", token: alice);

        Assert.Equal(200, written.Status);
        Assert.Equal(404, bobReads.Status);
        Assert.Equal("alice's", KitHarness.Json(aliceReads)!["text"]!.GetValue<string>());
    }
}
