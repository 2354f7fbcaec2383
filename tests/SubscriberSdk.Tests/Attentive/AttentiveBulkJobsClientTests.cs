using SubscriberSdk.Attentive;
using SubscriberSdk.Tests.Integration;
using SimulatorChannel = SubscriberSimulator.Engines.Attentive.AttentiveChannel;

namespace SubscriberSdk.Tests.Attentive;

public sealed class AttentiveBulkJobsClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_submitted_job_reads_completed_with_its_record_count_and_results_link()
    {
        using var tenant = new AttentiveTestTenant(simulator);

        var submitted = await tenant.Client.BulkJobs.SubmitUserAttributesAsync(
        [
            new AttentiveUserAttributesRequest
            {
                Identifiers = new AttentiveUserIdentifiers { Email = "bulk1@example.com" },
                Attributes = new AttentiveUserAttributes { FirstName = "One" },
                Subscriptions = [new AttentiveUserSubscription { SignUpSourceId = AttentiveTestTenant.SignUpSourceId, Channel = AttentiveSubscriptionChannel.Email }],
            },
            new AttentiveUserAttributesRequest { Identifiers = new AttentiveUserIdentifiers { ClientUserId = "bulk-2", KlaviyoId = "k-2" } },
        ]);
        var job = await tenant.Client.BulkJobs.GetAsync(submitted.Value.BatchJobId);

        Assert.Equal(202, submitted.StatusCode);
        Assert.Equal(submitted.Value.BatchJobId, job.Value.BulkJobId);
        Assert.Equal(AttentiveBulkJobStatus.Completed, job.Value.Status);
        Assert.Equal(2, job.Value.TotalRecords);
        Assert.EndsWith("/results.jsonl", job.Value.ResultsUrl!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("One", tenant.Engine.FindUser(tenant.CompanyId, SimulatorChannel.Email, "bulk1@example.com")!.Profile["firstName"]);
    }

    [Fact]
    public async Task An_unknown_job_is_ResourceNotFound()
    {
        using var tenant = new AttentiveTestTenant(simulator);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.BulkJobs.GetAsync("550e8400-e29b-41d4-a716-446655440000"));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task A_submission_is_not_retried_after_a_server_failure_because_each_one_is_a_new_job()
    {
        using var tenant = new AttentiveTestTenant(simulator, o =>
        {
            o.Retry.MaxRetries = 2;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        });
        tenant.Engine.FailNextSend(tenant.CompanyId);

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => tenant.Client.BulkJobs.SubmitUserAttributesAsync(
        [
            new AttentiveUserAttributesRequest
            {
                Identifiers = new AttentiveUserIdentifiers { Phone = "+14155550421" },
                Subscriptions = [new AttentiveUserSubscription { SignUpSourceId = AttentiveTestTenant.SignUpSourceId, Channel = AttentiveSubscriptionChannel.Text }],
            },
        ]));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal(1, error.Details.Attempts);
        Assert.Empty(tenant.Engine.GetSubscriptions(tenant.CompanyId, SimulatorChannel.Text, "+14155550421"));
    }
}
