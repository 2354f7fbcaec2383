namespace Contract.Tests.Conformance;

/// <summary>Attentive v1's documented subscription behaviours, over HTTP only.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class AttentiveConformanceTests(ConformanceEnvironment environment)
{
    [Fact]
    public async Task Subscribe_reports_newly_then_previously_created()
    {
        using var target = await environment.AttentiveAsync();
        var body = new { user = new { phone = TestPhones.ToE164(TestPhones.NextTenDigits()) }, signUpSourceId = target.Settings["sign_up_source_id"] };

        var first = await target.SendAsync(HttpMethod.Post, "v1/subscriptions", body);
        var second = await target.SendAsync(HttpMethod.Post, "v1/subscriptions", body);

        Assert.Equal(202, first.Status);
        Assert.Equal("NEWLY_CREATED", first.Text("subscriptionResponses.0.subscriptionCreationStatus"));
        Assert.Equal(202, second.Status);
        Assert.Equal("PREVIOUSLY_CREATED", second.Text("subscriptionResponses.0.subscriptionCreationStatus"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task Unsubscribe_reports_newly_then_previously_unsubscribed()
    {
        using var target = await environment.AttentiveAsync();
        var phone = TestPhones.ToE164(TestPhones.NextTenDigits());
        await target.SendAsync(HttpMethod.Post, "v1/subscriptions", new { user = new { phone }, signUpSourceId = target.Settings["sign_up_source_id"] });

        var first = await target.SendAsync(HttpMethod.Post, "v1/subscriptions/unsubscribe", new { user = new { phone } });
        var second = await target.SendAsync(HttpMethod.Post, "v1/subscriptions/unsubscribe", new { user = new { phone } });
        var eligibility = await target.SendAsync(HttpMethod.Get, $"v1/subscriptions?phone={Uri.EscapeDataString(phone)}");

        Assert.Equal(202, first.Status);
        Assert.Equal("NEWLY_UNSUBSCRIBED", first.Text("subscriptionResponses.0.subscriptionUnsubscribeStatus"));
        Assert.Equal("PREVIOUSLY_UNSUBSCRIBED", second.Text("subscriptionResponses.0.subscriptionUnsubscribeStatus"));
        Assert.Equal("false", eligibility.Text("subscriptionEligibilities.0.eligibility.isEligible"));
        target.Log.AssertClean(4);
    }

    [Fact]
    public async Task An_unknown_sign_up_source_is_a_400_in_the_error_shape()
    {
        using var target = await environment.AttentiveAsync();

        var response = await target.SendAsync(HttpMethod.Post, "v1/subscriptions",
            new { user = new { phone = TestPhones.ToE164(TestPhones.NextTenDigits()) }, signUpSourceId = "no-such-source-" + Guid.NewGuid().ToString("N")[..6] });

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.Navigate("error.id"));
        Assert.False(string.IsNullOrEmpty(response.Text("error.message")));
        target.Log.AssertClean(1);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task A_stop_reply_unsubscribes_the_text_subscription()
    {
        using var target = await environment.AttentiveAsync();
        var phone = TestPhones.ToE164(TestPhones.NextTenDigits());
        await target.SendAsync(HttpMethod.Post, "v1/subscriptions", new { user = new { phone }, signUpSourceId = target.Settings["sign_up_source_id"] });
        await target.ControlAsync(HttpMethod.Post, $"attentive/tenants/{target.Settings["company_id"]}/reply-y", new { phone });

        var stop = await target.ControlAsync(HttpMethod.Post, $"attentive/tenants/{target.Settings["company_id"]}/stop-reply", new { phone });
        var unsubscribe = await target.SendAsync(HttpMethod.Post, "v1/subscriptions/unsubscribe", new { user = new { phone } });

        Assert.Equal(200, stop.Status);
        Assert.Equal("PREVIOUSLY_UNSUBSCRIBED", unsubscribe.Text("subscriptionResponses.0.subscriptionUnsubscribeStatus"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task A_phone_query_whose_plus_was_not_encoded_is_a_400_that_says_to_encode_it()
    {
        using var target = await environment.AttentiveAsync();
        var digits = TestPhones.NextTenDigits();
        var phone = TestPhones.ToE164(digits);
        await target.SendAsync(HttpMethod.Post, "v1/subscriptions", new { user = new { phone }, signUpSourceId = target.Settings["sign_up_source_id"] });

        var raw = await target.SendAsync(HttpMethod.Get, "v1/subscriptions?phone=+1" + digits);
        var encoded = await target.SendAsync(HttpMethod.Get, "v1/subscriptions?phone=%2B1" + digits);

        Assert.Equal(400, raw.Status);
        Assert.Contains("%2B", raw.Text("error.message"), StringComparison.Ordinal);
        Assert.Equal(200, encoded.Status);
        target.Log.AssertClean(3);
    }

    [Fact]
    public async Task Custom_attributes_and_events_answer_200_and_identify_202_without_a_body()
    {
        using var target = await environment.AttentiveAsync();
        var phone = TestPhones.ToE164(TestPhones.NextTenDigits());
        var clientUserId = "conf-" + Guid.NewGuid().ToString("N")[..8];

        var identify = await target.SendAsync(HttpMethod.Post, "v1/identity-resolution/user-identifiers", new { phone, clientUserId });
        var attributes = await target.SendAsync(HttpMethod.Post, "v1/attributes/custom",
            new { properties = new { age = "24", VIP = true }, user = new { externalIdentifiers = new { clientUserId } } });
        var customEvent = await target.SendAsync(HttpMethod.Post, "v1/events/custom",
            new { type = "Conformance Checked", externalEventId = Guid.NewGuid().ToString(), user = new { phone } });

        Assert.Equal(202, identify.Status);
        Assert.Null(identify.Body);
        Assert.Equal(200, attributes.Status);
        Assert.Null(attributes.Body);
        Assert.Equal(200, customEvent.Status);
        target.Log.AssertClean(3);
    }

    [Fact]
    public async Task Identify_refuses_a_client_user_id_alone_and_unlinked_external_identifiers_find_no_user()
    {
        using var target = await environment.AttentiveAsync();
        var clientUserId = "never-linked-" + Guid.NewGuid().ToString("N")[..8];

        var alone = await target.SendAsync(HttpMethod.Post, "v1/identity-resolution/user-identifiers", new { clientUserId });
        var unknown = await target.SendAsync(HttpMethod.Post, "v1/attributes/custom",
            new { properties = new { age = "24" }, user = new { externalIdentifiers = new { clientUserId } } });

        Assert.Equal(400, alone.Status);
        Assert.False(string.IsNullOrEmpty(alone.Text("error.message")));
        Assert.Equal(404, unknown.Status);
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task A_v2_bulk_job_is_accepted_and_its_status_can_be_read()
    {
        using var target = await environment.AttentiveAsync();
        var email = $"conf-{Guid.NewGuid():N}@example.com";

        var submitted = await target.SendAsync(HttpMethod.Post, "v2/bulk/user/attributes",
            new { users = new[] { new { identifiers = new { email }, attributes = new { firstName = "Conformance" } } } });
        var status = await target.SendAsync(HttpMethod.Get, "v2/bulk/job/" + submitted.Text("batchJobId"));

        Assert.Equal(202, submitted.Status);
        Assert.Equal(200, status.Status);
        Assert.Equal(submitted.Text("batchJobId"), status.Text("bulkJobId"));
        Assert.Equal("1", status.Text("totalRecords"));
        target.Log.AssertClean(2);
    }
}
