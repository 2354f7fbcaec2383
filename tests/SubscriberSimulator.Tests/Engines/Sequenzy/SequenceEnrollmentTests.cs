using System.Net;
using SubscriberSimulator.Engines.Sequenzy;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class SequenceEnrollmentTests
{
    private static string AddOnboarding(SequenzySim sim, string? triggerEvent = null)
    {
        var sequence = new SequenzySequenceOptions { Id = "seq_on", Name = "Onboarding", TriggerEvent = triggerEvent };
        sequence.Steps.Add(new SequenzySequenceStepOptions { Id = "node_a", Type = "action_email", Label = "Welcome" });
        sequence.Steps.Add(new SequenzySequenceStepOptions { Id = "node_wait", Type = "delay", Label = "Wait", DelayMinutes = 60 });
        sequence.Steps.Add(new SequenzySequenceStepOptions { Id = "node_b", Type = "action_email", Label = "Tips" });
        return sim.Engine.AddSequence(sim.WorkspaceId, sequence).Id;
    }

    [Fact]
    public async Task Enrol_list_and_cancel_a_subscriber()
    {
        using var sim = SequenzySim.Create();
        var id = AddOnboarding(sim);
        await sim.CreateAsync("""{"email": "e@example.com"}""");

        var enrolled = await sim.PostAsync($"/sequences/{id}/enroll", """{"emails": ["e@example.com", "ghost@example.com"]}""");
        var again = await sim.PostAsync($"/sequences/{id}/enroll", """{"emails": ["e@example.com"]}""");
        var listed = await sim.GetAsync($"/sequences/{id}/enrollments");
        var subscriberId = sim.Stored("e@example.com").Id;
        var cancelled = await sim.PostAsync($"/sequences/{id}/enrollments/cancel", $$"""{"subscriberId": "{{subscriberId}}", "reason": "test"}""");
        var afterCancel = await sim.GetAsync($"/sequences/{id}/enrollments");

        Assert.Equal(1, enrolled.Int("enrolled"));
        Assert.Equal(["ghost@example.com"], SequenzyReply.Strings(enrolled.Json.GetProperty("notFound")));
        Assert.Equal(0, again.Int("enrolled"));
        Assert.Equal(1, again.Int("skipped"));
        var enrollment = Assert.Single(listed.Json.GetProperty("enrollments").EnumerateArray());
        Assert.Equal("e@example.com", enrollment.GetProperty("email").GetString());
        Assert.Equal(1, cancelled.Int("cancelledCount"));
        Assert.Empty(afterCancel.Json.GetProperty("enrollments").EnumerateArray());
        Assert.Equal("cancelled", Assert.Single(sim.Stored("e@example.com").Enrollments).Status);
    }

    [Fact]
    public async Task Enrolling_at_a_step_starts_there()
    {
        using var sim = SequenzySim.Create();
        var id = AddOnboarding(sim);
        await sim.CreateAsync("""{"email": "e@example.com"}""");

        var reply = await sim.PostAsync($"/sequences/{id}/enroll", """{"emails": ["e@example.com"], "targetNodeId": "node_b"}""");

        Assert.Equal("node_b", reply.String("targetNodeId"));
        Assert.Equal("node_b", Assert.Single(sim.Stored("e@example.com").Enrollments).CurrentNodeId);
    }

    [Fact]
    public async Task A_cancel_for_many_subscribers_is_a_dry_run_unless_told_otherwise()
    {
        using var sim = SequenzySim.Create();
        var id = AddOnboarding(sim);
        await sim.CreateAsync("""{"email": "a@example.com"}""");
        await sim.PostAsync($"/sequences/{id}/enroll", """{"emails": ["a@example.com"]}""");
        var subscriberId = sim.Stored("a@example.com").Id;

        var dry = await sim.PostAsync($"/sequences/{id}/enrollments/cancel", $$"""{"subscriberIds": ["{{subscriberId}}", "sub_nope"]}""");
        var real = await sim.PostAsync($"/sequences/{id}/enrollments/cancel", $$"""{"subscriberIds": ["{{subscriberId}}"], "dryRun": false}""");

        Assert.True(dry.Bool("dryRun"));
        Assert.Equal(1, dry.Int("matchedCount"));
        Assert.Equal(0, dry.Int("cancelledCount"));
        Assert.Equal(["sub_nope"], SequenzyReply.Strings(dry.Json.GetProperty("target").GetProperty("notFoundSubscriberIds")));
        Assert.Equal(1, real.Int("cancelledCount"));
    }

    [Fact]
    public async Task An_event_starts_its_triggered_sequence_for_an_active_subscriber()
    {
        using var sim = SequenzySim.Create();
        var id = AddOnboarding(sim, triggerEvent: "saas.trial_started");

        await sim.PostAsync("/subscribers/events", """{"email": "t@example.com", "event": "saas.trial_started"}""");

        Assert.Equal(id, Assert.Single(sim.Stored("t@example.com").Enrollments).SequenceId);
    }

    [Fact]
    public async Task Unknown_sequences_steps_statuses_and_bad_cancel_targets_are_refused()
    {
        using var sim = SequenzySim.Create();
        var id = AddOnboarding(sim);
        await sim.CreateAsync("""{"email": "e@example.com"}""");

        SequenzySim.AssertError(await sim.PostAsync("/sequences/seq_nope/enroll", """{"emails": ["e@example.com"]}"""), HttpStatusCode.NotFound);
        SequenzySim.AssertError(await sim.GetAsync("/sequences/seq_nope/enrollments"), HttpStatusCode.NotFound);
        SequenzySim.AssertError(await sim.PostAsync($"/sequences/{id}/enroll", """{"emails": ["e@example.com"], "targetNodeId": "node_x"}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.GetAsync($"/sequences/{id}/enrollments?status=sleeping"), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync($"/sequences/{id}/enrollments/cancel", """{"subscriberId": "a", "subscriberIds": ["b"]}"""), HttpStatusCode.BadRequest);
        Assert.Empty(sim.Stored("e@example.com").Enrollments);
    }

    [Fact]
    public async Task Enrolments_page_with_limit_and_offset()
    {
        using var sim = SequenzySim.Create();
        var id = AddOnboarding(sim);
        for (var i = 0; i < 3; i++)
        {
            await sim.CreateAsync($$"""{"email": "p{{i}}@example.com"}""");
        }

        await sim.PostAsync($"/sequences/{id}/enroll", """{"emails": ["p0@example.com", "p1@example.com", "p2@example.com"]}""");
        var first = await sim.GetAsync($"/sequences/{id}/enrollments?limit=2");
        var second = await sim.GetAsync($"/sequences/{id}/enrollments?limit=2&offset=2");

        Assert.Equal(2, first.Json.GetProperty("enrollments").GetArrayLength());
        Assert.True(first.Bool("pagination", "hasMore"));
        Assert.Equal(3, first.Int("pagination", "total"));
        Assert.Single(second.Json.GetProperty("enrollments").EnumerateArray());
        Assert.False(second.Bool("pagination", "hasMore"));
    }
}
