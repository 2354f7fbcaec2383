namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class ConcurrencyTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task Parallel_subscribes_of_one_number_create_it_exactly_once()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""")));

        var statuses = responses.Select(response => Assert.Single(response.CreationResults())).ToArray();
        Assert.Single(statuses, status => status == "MARKETING/TEXT/NEWLY_CREATED");
        Assert.Equal(19, statuses.Count(status => status == "MARKETING/TEXT/PREVIOUSLY_CREATED"));
        Assert.Equal(1, tenant.Outbox.Count(message => message.Kind == "reply-y"));
        Assert.Equal(19, tenant.Outbox.Count(message => message.Kind == "already-subscribed"));
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions("+19148440001"));
    }
}
