namespace Contract.Tests.Conformance;

/// <summary>Sequenzy v1's documented subscriber behaviours, over HTTP only.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class SequenzyConformanceTests(ConformanceEnvironment environment)
{
    private static string NewEmail() => $"conf-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Create_skips_by_default_then_merges_and_overwrites_when_asked()
    {
        using var target = await environment.SequenzyAsync();
        var email = NewEmail();

        var created = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email = email.ToUpperInvariant(), tags = new[] { "Pro Customer" } });
        var skipped = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email, firstName = "Ann" });
        var merged = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email, firstName = "Ann", tags = new[] { "beta" }, duplicateStrategy = "merge" });
        var overwritten = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email, firstName = "Anna", duplicateStrategy = "overwrite" });

        Assert.All(new[] { created, skipped, merged, overwritten }, r => Assert.Equal(200, r.Status));
        Assert.Equal("true", created.Text("subscriber.created"));
        Assert.Equal(email, created.Text("subscriber.email"));
        Assert.Equal("pro-customer", created.Text("subscriber.tags.0"));
        Assert.Equal("true", skipped.Text("subscriber.skipped"));
        Assert.Null(skipped.Text("subscriber.firstName"));
        Assert.Equal("true", merged.Text("subscriber.updated"));
        Assert.Equal("Ann", merged.Text("subscriber.firstName"));
        Assert.Contains("beta", merged.Navigate("subscriber.tags")!.AsArray().Select(t => t!.ToString()));
        Assert.Contains("pro-customer", merged.Navigate("subscriber.tags")!.AsArray().Select(t => t!.ToString()));
        Assert.Equal("Anna", overwritten.Text("subscriber.firstName"));
        target.Log.AssertClean(4);
    }

    [Fact]
    public async Task Double_opt_in_holds_the_contact_unsubscribed_until_confirmed()
    {
        using var target = await environment.SequenzyAsync();
        var email = NewEmail();

        var created = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email, optInMode = "double_opt_in", tags = new[] { "webinar" } });
        var fetched = await target.SendAsync(HttpMethod.Get, $"api/v1/subscribers/{Uri.EscapeDataString(email)}");

        Assert.Equal(200, created.Status);
        Assert.Equal("true", created.Text("optIn.required"));
        Assert.Equal("unsubscribed", created.Text("subscriber.status"));
        Assert.Equal(200, fetched.Status);
        Assert.Equal("unsubscribed", fetched.Text("subscriber.status"));
        target.Log.AssertClean(2);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task Clicking_the_opt_in_link_activates_and_releases_held_tags()
    {
        using var target = await environment.SequenzyAsync(doubleOptIn: true);
        var email = NewEmail();
        await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email, tags = new[] { "webinar" } });

        var confirmed = await target.ControlAsync(HttpMethod.Post, $"sequenzy/tenants/{target.Settings["workspace_id"]}/confirm-opt-in", new { email });
        var fetched = await target.SendAsync(HttpMethod.Get, $"api/v1/subscribers/{Uri.EscapeDataString(email)}");

        Assert.Equal(200, confirmed.Status);
        Assert.Equal("active", fetched.Text("subscriber.status"));
        Assert.Equal("webinar", fetched.Text("subscriber.tags.0"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task Email_and_external_id_of_two_subscribers_is_a_409_in_the_error_shape()
    {
        using var target = await environment.SequenzyAsync();
        var first = NewEmail();
        var externalId = "ext-" + Guid.NewGuid().ToString("N");
        await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email = first });
        await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email = NewEmail(), externalId });

        var conflict = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email = first, externalId, duplicateStrategy = "merge" });

        Assert.Equal(409, conflict.Status);
        Assert.Equal("false", conflict.Text("success"));
        Assert.False(string.IsNullOrEmpty(conflict.Text("error")));
        target.Log.AssertClean(3);
    }

    [Fact]
    public async Task An_event_and_an_email_share_the_subscribers_path_without_colliding()
    {
        using var target = await environment.SequenzyAsync();
        var email = NewEmail();

        var purchase = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers/events", new { email, @event = "saas.purchase" });
        var fetched = await target.SendAsync(HttpMethod.Get, $"api/v1/subscribers/{Uri.EscapeDataString(email)}");
        var notAnEmail = await target.SendAsync(HttpMethod.Get, "api/v1/subscribers/events");

        Assert.Equal(200, purchase.Status);
        Assert.Equal("saas.purchase", purchase.Text("event.name"));
        Assert.Equal(200, fetched.Status);
        Assert.Contains("customer", fetched.Navigate("subscriber.tags")!.AsArray().Select(t => t!.ToString()));
        Assert.Equal(400, notAnEmail.Status);
        Assert.Equal("false", notAnEmail.Text("success"));
        target.Log.AssertClean(3);
    }

    [Fact]
    public async Task Bulk_tagging_never_creates_subscribers_and_reports_the_unknown_ones()
    {
        using var target = await environment.SequenzyAsync();
        var known = NewEmail();
        var unknown = NewEmail();
        await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email = known });

        var added = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers/bulk/tags/add", new { tags = new[] { "VIP" }, emails = new[] { known, unknown } });
        var missing = await target.SendAsync(HttpMethod.Get, $"api/v1/subscribers/{Uri.EscapeDataString(unknown)}");

        Assert.Equal(200, added.Status);
        Assert.Equal("1", added.Text("matched"));
        Assert.Equal(unknown, added.Text("notFound.emails.0"));
        Assert.Equal(404, missing.Status);
        target.Log.AssertClean(3);
    }

    [Fact]
    public async Task The_external_id_in_the_path_reads_the_same_subscriber_as_the_query_form()
    {
        using var target = await environment.SequenzyAsync();
        var externalId = "ext-" + Guid.NewGuid().ToString("N");
        await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email = NewEmail(), externalId });

        var byPath = await target.SendAsync(HttpMethod.Get, $"api/v1/subscribers/external/{externalId}");
        var byQuery = await target.SendAsync(HttpMethod.Get, $"api/v1/subscribers/external?externalId={externalId}");

        Assert.Equal(200, byPath.Status);
        Assert.Equal(byQuery.Text("subscriber.id"), byPath.Text("subscriber.id"));
        target.Log.AssertClean(2);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task A_second_double_opt_in_within_ten_minutes_queues_no_second_email()
    {
        using var target = await environment.SequenzyAsync();
        var email = NewEmail();

        var first = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email, optInMode = "double_opt_in" });
        var second = await target.SendAsync(HttpMethod.Post, "api/v1/subscribers", new { email, optInMode = "double_opt_in" });

        Assert.Equal("true", first.Text("optIn.emailQueued"));
        Assert.Equal("true", second.Text("optIn.required"));
        Assert.Equal("false", second.Text("optIn.emailQueued"));
        target.Log.AssertClean(2);
    }
}
