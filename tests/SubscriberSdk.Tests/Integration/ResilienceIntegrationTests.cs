using System.Text.Json.Nodes;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.MobileTextAlerts;
using SubscriberSimulator;
using SubscriberSimulator.Core.RateLimiting;

namespace SubscriberSdk.Tests.Integration;

/// <summary>The pipeline against the simulator's own throttling, stubbed failures and faults.</summary>
public sealed class ResilienceIntegrationTests
{
    [Fact]
    public async Task The_simulators_429_becomes_RateLimitedException_with_its_Retry_After()
    {
        var options = new SimulatorOptions();
        options.RateLimits.Set("mta", "subscribers", new RateLimitRule(2, TimeSpan.FromSeconds(15)));
        using var server = SimulatorServer.CreateInMemory(options);
        using var fixture = new OwnedFixture(server);
        using var tenant = new MobileTextAlertsTestTenant(fixture.Fixture, o =>
        {
            o.Pacing = PacingOptions.Disabled();
            o.Retry.MaxRetries = 0;
        });

        await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550501" });
        await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550502" });
        var error = await Assert.ThrowsAsync<RateLimitedException>(() =>
            tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550503" }));

        Assert.Equal(429, error.StatusCode);
        Assert.NotNull(error.RetryAfter);
        Assert.InRange(error.RetryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_stubbed_503_is_retried_then_reported_with_the_attempt_count()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var fixture = new OwnedFixture(server);
        using var tenant = new MobileTextAlertsTestTenant(fixture.Fixture, o =>
        {
            o.Retry.MaxRetries = 2;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        });
        await SimulatorMappings.OnPathAsync(server, "GET", "/mta/v3/subscribers/.*", SimulatorMappings.JsonError(503, new JsonObject { ["httpCode"] = 503, ["message"] = "maintenance" }));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => tenant.Client.Subscribers.GetAsync("+14155550510"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, error.Details.Attempts);
        Assert.Equal("maintenance", error.ProviderMessage);
        Assert.Equal(3, fixture.Fixture.Journal().Count(e => e.RequestMessage.Url.Contains("/v3/subscribers/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_connection_reset_is_a_transient_failure_without_a_status()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var fixture = new OwnedFixture(server);
        using var tenant = new MobileTextAlertsTestTenant(fixture.Fixture, o =>
        {
            o.Retry.MaxRetries = 1;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        });
        await SimulatorMappings.OnPathAsync(server, "GET", "/mta/v3/subscribers/.*", SimulatorMappings.ResetConnection());

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => tenant.Client.Subscribers.GetAsync("+14155550511"));

        Assert.Null(error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Equal(2, error.Details.Attempts);
    }

    /// <summary>Wraps a server made with custom options in the fixture shape the tenants expect.</summary>
    private sealed class OwnedFixture(SimulatorServer server) : IDisposable
    {
        public SimulatorFixture Fixture { get; } = new(server);

        public void Dispose()
        {
        }
    }
}
