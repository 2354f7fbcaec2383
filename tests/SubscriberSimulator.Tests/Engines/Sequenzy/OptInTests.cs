using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class OptInTests
{
    [Fact]
    public async Task Default_mode_with_workspace_double_opt_in_stores_the_contact_pending_and_emails_a_confirmation()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);

        var reply = await sim.CreateAsync("""{"email": "d@example.com", "tags": ["VIP"], "lists": ["list_beta"]}""");

        Assert.Equal("unsubscribed", reply.Subscriber.GetProperty("status").GetString());
        Assert.Empty(reply.Subscriber.GetProperty("tags").EnumerateArray());
        Assert.True(reply.Bool("optIn", "required"));
        Assert.True(reply.Bool("optIn", "emailQueued"));
        var stored = sim.Stored("d@example.com");
        Assert.True(stored.PendingConfirmation);
        Assert.Empty(stored.Tags);
        Assert.Empty(stored.ListIds);
        Assert.Equal(["vip"], stored.HeldTags);
        Assert.Equal([SequenzySim.BetaList], stored.HeldListIds);
        var message = Assert.Single(sim.Outbox);
        Assert.Equal("double-opt-in", message.Kind);
        Assert.Equal("email", message.Channel);
        Assert.Equal("d@example.com", message.To);
        Assert.Equal(stored.ConfirmationToken, message.Metadata["token"]);
        Assert.Contains(message.Metadata["token"], message.Metadata["confirmationUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_mode_without_workspace_double_opt_in_creates_an_active_contact_and_sends_nothing()
    {
        using var sim = SequenzySim.Create(doubleOptIn: false);

        var reply = await sim.CreateAsync("""{"email": "a@example.com", "tags": ["t"]}""");

        Assert.Equal("active", reply.Subscriber.GetProperty("status").GetString());
        Assert.False(reply.Json.TryGetProperty("optIn", out _));
        Assert.Empty(sim.Outbox);
    }

    [Fact]
    public async Task Confirmed_mode_makes_the_contact_active_at_once_even_with_workspace_double_opt_in()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);

        var reply = await sim.CreateAsync("""{"email": "c@example.com", "optInMode": "confirmed", "tags": ["t"]}""");

        Assert.Equal("active", reply.Subscriber.GetProperty("status").GetString());
        Assert.Equal(["t"], sim.Stored("c@example.com").Tags);
        Assert.Empty(sim.Outbox);
    }

    [Fact]
    public async Task Default_mode_on_workspace_double_opt_in_does_not_confirm_a_contact_created_unsubscribed()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);

        await sim.CreateAsync("""{"email": "u@example.com", "status": "unsubscribed"}""");

        Assert.False(sim.Stored("u@example.com").PendingConfirmation);
        Assert.Empty(sim.Outbox);
    }

    [Fact]
    public async Task Double_opt_in_mode_requires_confirmation_whatever_the_workspace_setting()
    {
        using var sim = SequenzySim.Create(doubleOptIn: false);

        var reply = await sim.CreateAsync("""{"email": "x@example.com", "optInMode": "double_opt_in"}""");

        Assert.True(reply.Bool("optIn", "required"));
        Assert.Equal("unsubscribed", sim.Stored("x@example.com").Status);
        Assert.Single(sim.Outbox);
    }

    [Fact]
    public async Task Default_mode_never_emails_an_existing_unsubscribed_contact()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        await sim.CreateAsync("""{"email": "gone@example.com", "optInMode": "confirmed"}""");
        await sim.PatchAsync("/subscribers/gone%40example.com", """{"status": "unsubscribed"}""");

        var reply = await sim.CreateAsync("""{"email": "gone@example.com", "duplicateStrategy": "overwrite", "tags": ["again"]}""");

        Assert.False(reply.Json.TryGetProperty("optIn", out _));
        Assert.Equal("unsubscribed", sim.Stored("gone@example.com").Status);
        Assert.Empty(sim.Outbox);
    }

    [Fact]
    public async Task Clicking_the_confirmation_link_by_token_activates_the_contact_and_applies_held_tags_and_lists()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        await sim.CreateAsync("""{"email": "d@example.com", "tags": ["VIP"], "lists": ["list_beta"]}""");
        var token = sim.Outbox[0].Metadata["token"];

        var click = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/confirm-opt-in", $$"""{"token": "{{token}}"}""");

        Assert.Equal(HttpStatusCode.OK, click.Status);
        var stored = sim.Stored("d@example.com");
        Assert.Equal("active", stored.Status);
        Assert.False(stored.PendingConfirmation);
        Assert.Equal(["vip"], stored.Tags);
        Assert.Equal([SequenzySim.BetaList], stored.ListIds);
    }

    [Fact]
    public async Task Confirming_by_email_through_the_engine_works_and_a_second_click_is_refused()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        await sim.CreateAsync("""{"email": "d@example.com"}""");

        var confirmed = sim.Engine.ConfirmOptIn(sim.WorkspaceId, email: "D@example.com");
        var again = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/confirm-opt-in", """{"email": "d@example.com"}""");

        Assert.Equal("active", confirmed.Status);
        Assert.Equal([SequenzySim.NewsList], confirmed.ListIds);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
    }

    [Fact]
    public async Task A_failing_send_step_fails_the_request_with_500_and_stores_and_sends_nothing()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        var toggle = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/send-failure", """{"enabled": true}""");

        var reply = await sim.PostAsync("/subscribers", """{"email": "f@example.com"}""");
        var noEmail = await sim.PostAsync("/subscribers", """{"email": "g@example.com", "optInMode": "confirmed"}""");

        Assert.Equal(HttpStatusCode.NoContent, toggle.Status);
        SequenzySim.AssertError(reply, HttpStatusCode.InternalServerError);
        Assert.Null(sim.Engine.FindSubscriber(sim.WorkspaceId, "f@example.com"));
        Assert.Empty(sim.Outbox);
        Assert.Equal(HttpStatusCode.OK, noEmail.Status);
    }

    [Fact]
    public async Task Consent_flow_end_to_end_create_confirm_unsubscribe_and_re_add()
    {
        using var sim = SequenzySim.Create(doubleOptIn: false);

        // 1. Create with double opt-in: pending, one confirmation email, tags and lists held.
        var created = await sim.CreateAsync("""{"email": "flow@example.com", "optInMode": "double_opt_in", "tags": ["Signup Form"], "lists": ["list_beta"]}""");
        Assert.True(created.Bool("optIn", "emailQueued"));
        var pending = sim.Stored("flow@example.com");
        Assert.Equal("unsubscribed", pending.Status);
        Assert.True(pending.PendingConfirmation);
        Assert.Empty(pending.ListIds);
        var email = Assert.Single(sim.Outbox);
        Assert.Equal("double-opt-in", email.Kind);
        var api = await sim.GetAsync("/subscribers/flow%40example.com");
        Assert.Empty(api.Subscriber.GetProperty("lists").EnumerateArray());

        // 2. The link is clicked: active, held tags and lists applied, no further email.
        await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/confirm-opt-in", $$"""{"token": "{{email.Metadata["token"]}}"}""");
        var active = sim.Stored("flow@example.com");
        Assert.Equal("active", active.Status);
        Assert.Equal(["signup-form"], active.Tags);
        Assert.Equal([SequenzySim.BetaList], active.ListIds);
        Assert.Single(sim.Outbox);

        // 3. The unsubscribe link in an email is clicked: global unsubscribe, lists left.
        var click = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/unsubscribe-link", """{"email": "flow@example.com"}""");
        Assert.Equal(HttpStatusCode.OK, click.Status);
        var unsubscribed = sim.Stored("flow@example.com");
        Assert.Equal("unsubscribed", unsubscribed.Status);
        Assert.NotNull(unsubscribed.UnsubscribedAt);
        Assert.Empty(unsubscribed.ListIds);
        var details = await sim.GetAsync("/subscribers/flow%40example.com");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, details.Subscriber.GetProperty("lists")[0].GetProperty("unsubscribedAt").ValueKind);

        // 4. Re-adding with the default mode and overwrite neither reactivates nor emails.
        var readd = await sim.CreateAsync("""{"email": "flow@example.com", "duplicateStrategy": "overwrite", "status": "active", "lists": ["list_news"]}""");
        Assert.Equal("unsubscribed", readd.Subscriber.GetProperty("status").GetString());
        Assert.False(readd.Json.TryGetProperty("optIn", out _));
        Assert.Equal("unsubscribed", sim.Stored("flow@example.com").Status);
        Assert.Single(sim.Outbox);

        // 5. An explicit double opt-in re-add asks for consent again (once the 10-minute resend
        // window of the first email has passed); the new click reactivates.
        sim.Server.Clock.Advance(TimeSpan.FromMinutes(10));
        var reconsent = await sim.CreateAsync("""{"email": "flow@example.com", "optInMode": "double_opt_in"}""");
        Assert.True(reconsent.Bool("optIn", "required"));
        Assert.Equal(2, sim.Outbox.Count);
        sim.Engine.ConfirmOptIn(sim.WorkspaceId, token: sim.Outbox[1].Metadata["token"]);
        Assert.Equal("active", sim.Stored("flow@example.com").Status);
        Assert.Single(sim.Subscribers);
    }
}
