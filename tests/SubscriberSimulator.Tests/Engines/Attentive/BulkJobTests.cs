using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>POST /v2/bulk/user/attributes and GET /v2/bulk/job/{bulkJobId}.</summary>
public sealed class BulkJobTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    private const string TwoUsers = """
        {"users":[
          {"attributes":{"firstName":"Jane","custom":{"has pets":true}},"subscriptions":[{"signUpSourceId":"1001","channel":"TEXT"}],
           "identifiers":{"phone":"+19148440001","clientUserId":"cust-1"}},
          {"identifiers":{"email":"sam@example.com"},"attributes":{"firstName":"Sam"}}]}
        """;

    [Fact]
    public async Task A_job_is_accepted_processed_at_once_and_reported_completed_with_a_results_link()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var submitted = await tenant.SubmitBulkAsync(TwoUsers);
        var jobId = submitted.Body.GetProperty("batchJobId").GetString()!;
        var status = await tenant.BulkJobAsync(jobId);

        Assert.Equal(HttpStatusCode.Accepted, submitted.Status);
        Assert.False(string.IsNullOrEmpty(submitted.Body.GetProperty("message").GetString()));
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal(jobId, status.Body.GetProperty("bulkJobId").GetString());
        Assert.Equal("COMPLETED", status.Body.GetProperty("status").GetString());
        Assert.Equal(2, status.Body.GetProperty("totalRecords").GetInt32());
        Assert.EndsWith($"/attentive/v2/bulk/job/{jobId}/results.jsonl", status.Body.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("Jane", tenant.UserByPhone("+19148440001")!.Profile["firstName"]);
        Assert.Equal("Sam", tenant.UserByEmail("sam@example.com")!.Profile["firstName"]);
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions("+19148440001"));
    }

    [Fact]
    public async Task Records_behave_as_if_sent_one_by_one()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var submitted = await tenant.SubmitBulkAsync("""
            {"users":[
              {"identifiers":{"phone":"+19148440002"},"subscriptions":[{"signUpSourceId":"1001","channel":"TEXT"}],"attributes":{"custom":{"color":"red"}}},
              {"identifiers":{"phone":"+19148440002","clientUserId":"c-2"},"subscriptions":[{"signUpSourceId":"1001","channel":"TEXT"}],"attributes":{"custom":{"size":"L"}}}]}
            """);

        Assert.Equal(HttpStatusCode.Accepted, submitted.Status);
        var user = tenant.UserByPhone("+19148440002")!;
        Assert.Equal(["phone:+19148440002", "clientUserId:c-2"], user.Identifiers);
        Assert.Equal(["color", "size"], user.CustomAttributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["reply-y:sms:+19148440002", "legal-disclosure:sms:+19148440002", "already-subscribed:sms:+19148440002"], tenant.OutboxKinds);
    }

    [Theory]
    [InlineData("""{"users":[{"identifiers":{"phone":"+19148440003"}},{"identifiers":{"customIdentifiers":[]}}]}""", "users[1]: identifiers must contain at least one identifier")]
    [InlineData("""{"users":[{"identifiers":{"phone":"+19148440003"},"subscriptions":[{"signUpSourceId":"nope","channel":"TEXT"}]}]}""", "users[0]: subscriptions[0].signUpSourceId")]
    [InlineData("""{"users":[{"identifiers":{"phone":"+19148440003"}},{"identifiers":{"phone":"+1---914---844---0001"}}]}""", "/users/1/identifiers/phone")]
    [InlineData("""{"users":[]}""", "users")]
    [InlineData("""{}""", "users")]
    public async Task One_bad_record_refuses_the_whole_job_naming_its_index_and_nothing_is_stored(string body, string expected)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var message = await tenant.AssertRefusedWithoutChangeAsync(() => tenant.SubmitBulkAsync(body));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_takes_at_most_256_records()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        string Records(int count) => "{\"users\":[" + string.Join(",", Enumerable.Range(0, count).Select(i => $$$"""{"identifiers":{"clientUserId":"c{{{i}}}","shopifyId":"s{{{i}}}"}}""")) + "]}";

        var tooMany = await tenant.SubmitBulkAsync(Records(257));
        var most = await tenant.SubmitBulkAsync(Records(256));

        tooMany.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Accepted, most.Status);
    }

    [Fact]
    public async Task An_unknown_job_or_another_companys_job_is_a_404_and_reading_a_job_needs_no_scope()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        using var other = AttentiveTenant.Create(fixture.Server);
        var jobId = (await tenant.SubmitBulkAsync(TwoUsers)).Body.GetProperty("batchJobId").GetString()!;
        var noScopes = tenant.Engine.AddToken(tenant.CompanyId, []);

        var unknown = await tenant.BulkJobAsync("550e8400-e29b-41d4-a716-446655440000");
        var foreign = await other.BulkJobAsync(jobId);
        var unscoped = await tenant.BulkJobAsync(jobId, noScopes);

        Assert.Contains("Bulk job not found", unknown.AssertError(HttpStatusCode.NotFound), StringComparison.Ordinal);
        foreign.AssertError(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, unscoped.Status);
    }

    [Fact]
    public async Task A_job_can_be_read_for_two_weeks()
    {
        using var server = SimulatorServer.CreateInMemory();
        server.Clock.Freeze();
        using var tenant = AttentiveTenant.Create(server);
        var jobId = (await tenant.SubmitBulkAsync(TwoUsers)).Body.GetProperty("batchJobId").GetString()!;

        server.Clock.Advance(TimeSpan.FromDays(14));
        var lastDay = await tenant.BulkJobAsync(jobId);
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await tenant.BulkJobAsync(jobId);

        Assert.Equal(HttpStatusCode.OK, lastDay.Status);
        expired.AssertError(HttpStatusCode.NotFound);
    }
}
