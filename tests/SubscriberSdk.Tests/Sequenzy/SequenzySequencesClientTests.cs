using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.Sequenzy;

namespace SubscriberSdk.Tests.Sequenzy;

public sealed class SequenzySequencesClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private static string AddSequence(SequenzyTestTenant tenant)
    {
        var options = new SequenzySequenceOptions { Name = "Onboarding" };
        options.Steps.Add(new SequenzySequenceStepOptions { Id = "node_hello", Type = "action_email", Label = "Hello" });
        options.Steps.Add(new SequenzySequenceStepOptions { Id = "node_tips", Type = "action_email", Label = "Tips" });
        return tenant.Engine.AddSequence(tenant.Workspace.Id, options).Id;
    }

    [Fact]
    public async Task Subscribers_are_enrolled_listed_page_by_page_and_cancelled()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var sequenceId = AddSequence(tenant);
        string[] emails = ["s1@example.com", "s2@example.com", "s3@example.com"];
        foreach (var email in emails)
        {
            await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = email });
        }

        var enrolled = await tenant.Client.Sequences.EnrollAsync(sequenceId, emails: [.. emails, "ghost@example.com"]);
        var listed = await tenant.Client.Sequences.ListEnrollmentsAsync(sequenceId, pageSize: 2).ToListAsync();
        var target = listed.Single(e => e.Email == "s2@example.com").SubscriberId;
        var cancelled = await tenant.Client.Sequences.CancelEnrollmentsAsync(sequenceId, new SequenzyCancelEnrollmentsRequest { SubscriberId = target, Reason = "test" });
        var cancelledList = await tenant.Client.Sequences
            .ListEnrollmentsAsync(sequenceId, new SequenzyEnrollmentFilter { Statuses = [SequenzyEnrollmentStatus.Cancelled] })
            .ToListAsync();

        Assert.Equal(3, enrolled.Value.Enrolled);
        Assert.Equal(["ghost@example.com"], enrolled.Value.NotFound);
        Assert.Equal(3, listed.Count);
        Assert.Equal(3, listed.Select(e => e.EnrollmentId).Distinct().Count());
        Assert.Equal(1, cancelled.Value.CancelledCount);
        Assert.Equal(target, Assert.Single(cancelledList).SubscriberId);
        Assert.Equal(SequenzyEnrollmentStatus.Cancelled, cancelledList[0].Status);
    }

    [Fact]
    public async Task Enrolling_at_a_step_and_a_dry_run_cancel_change_what_they_say()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var sequenceId = AddSequence(tenant);
        var subscriber = await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "step@example.com" });

        var enrolled = await tenant.Client.Sequences.EnrollAsync(sequenceId, subscriberIds: [subscriber.Value.Id], targetNodeId: "node_tips");
        var dryRun = await tenant.Client.Sequences.CancelEnrollmentsAsync(sequenceId, new SequenzyCancelEnrollmentsRequest { SubscriberIds = [subscriber.Value.Id] });

        Assert.Equal("node_tips", enrolled.Value.TargetNodeId);
        Assert.True(dryRun.Value.DryRun);
        Assert.Equal(1, dryRun.Value.MatchedCount);
        Assert.Equal("active", tenant.Engine.FindSubscriber(tenant.Workspace.Id, "step@example.com")!.Enrollments.Single().Status);
    }

    [Fact]
    public async Task An_unknown_sequence_is_ResourceNotFound_and_bad_arguments_are_refused_before_sending()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var sequences = tenant.Client.Sequences;

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => sequences.EnrollAsync("seq_nope", emails: ["a@example.com"]));
        await Assert.ThrowsAsync<ResourceNotFoundException>(async () => await sequences.ListEnrollmentsAsync("seq_nope").ToListAsync());
        var noTargets = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => sequences.EnrollAsync("seq_x"));
        var both = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            sequences.CancelEnrollmentsAsync("seq_x", new SequenzyCancelEnrollmentsRequest { SubscriberId = "a", SubscriberIds = ["b"] }));
        var page = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(async () => await sequences.ListEnrollmentsAsync("seq_x", pageSize: 501).ToListAsync());

        Assert.Equal("emails", noTargets.ParamName);
        Assert.Equal("request", both.ParamName);
        Assert.Equal("pageSize", page.ParamName);
    }
}
