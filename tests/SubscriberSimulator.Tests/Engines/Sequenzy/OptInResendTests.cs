using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

/// <summary>Issue 15 item 9: at most one confirmation email per contact per 10 minutes, on the simulator's clock.</summary>
public sealed class OptInResendTests
{
    private const string DoubleOptIn = """{"email": "pending@example.com", "optInMode": "double_opt_in", "tags": ["t1"]}""";

    [Fact]
    public async Task A_repeat_within_ten_minutes_queues_no_second_email_but_still_holds_what_it_asks()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync(DoubleOptIn);
        sim.Server.Clock.Advance(TimeSpan.FromMinutes(9));

        var repeat = await sim.CreateAsync("""{"email": "pending@example.com", "optInMode": "double_opt_in", "tags": ["t2"], "duplicateStrategy": "merge"}""");

        Assert.True(repeat.Bool("optIn", "required"));
        Assert.False(repeat.Bool("optIn", "emailQueued"));
        Assert.Single(sim.Outbox);
        Assert.Equal(["t1", "t2"], sim.Stored("pending@example.com").HeldTags.Order());
    }

    [Fact]
    public async Task A_request_after_the_window_sends_one_more_with_the_same_token()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync(DoubleOptIn);
        sim.Server.Clock.Advance(TimeSpan.FromMinutes(10));

        var repeat = await sim.CreateAsync(DoubleOptIn);

        Assert.True(repeat.Bool("optIn", "emailQueued"));
        Assert.Equal(2, sim.Outbox.Count);
        Assert.Equal(sim.Outbox[0].Metadata["token"], sim.Outbox[1].Metadata["token"]);
    }

    [Fact]
    public async Task Sixty_parallel_requests_for_one_contact_send_one_email()
    {
        using var sim = SequenzySim.Create();

        var replies = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => sim.PostAsync("/subscribers", DoubleOptIn)));

        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        Assert.Single(sim.Outbox);
        Assert.Single(replies, reply => reply.Bool("optIn", "emailQueued"));
    }

    [Fact]
    public async Task The_window_spans_every_call_that_can_send_a_confirmation()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        await sim.PostAsync("/subscribers/tags", """{"email": "spread@example.com", "tag": "a"}""");

        var listAdd = await sim.PostAsync($"/lists/{SequenzySim.BetaList}/subscribers", """{"emails": ["spread@example.com"], "optInMode": "double_opt_in"}""");
        var create = await sim.CreateAsync("""{"email": "spread@example.com", "optInMode": "double_opt_in"}""");

        Assert.Equal(HttpStatusCode.OK, listAdd.Status);
        Assert.False(create.Bool("optIn", "emailQueued"));
        Assert.Single(sim.Outbox);
    }

    [Fact]
    public async Task The_window_survives_an_export_and_import_of_the_state()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync(DoubleOptIn);
        var state = sim.Engine.ExportState();
        sim.Engine.ImportState(state);
        sim.Server.Clock.Advance(TimeSpan.FromMinutes(5));

        var repeat = await sim.CreateAsync(DoubleOptIn);

        Assert.False(repeat.Bool("optIn", "emailQueued"));
        Assert.Single(sim.Outbox);
    }
}
