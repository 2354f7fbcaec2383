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
}
