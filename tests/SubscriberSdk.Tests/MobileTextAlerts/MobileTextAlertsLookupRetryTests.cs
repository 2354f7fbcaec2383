using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator;

namespace SubscriberSdk.Tests.MobileTextAlerts;

/// <summary>
/// The lookups are GETs, so a retry after an ambiguous failure (the connection dropped mid-request) is
/// safe: each one is attempted again, unlike a create (see the contrast test).
/// </summary>
public sealed class MobileTextAlertsLookupRetryTests
{
    [Theory]
    [InlineData("verify-api-key")]
    [InlineData("unsubscribes.list")]
    [InlineData("groups.get")]
    [InlineData("custom_fields.get")]
    public async Task A_lookup_is_retried_after_a_connection_reset(string operation)
    {
        using var fixture = new SimulatorFixture(SimulatorServer.CreateInMemory());
        using var tenant = new MobileTextAlertsTestTenant(fixture, o =>
        {
            o.Retry.MaxRetries = 1;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        });
        var (pathPattern, lookup) = Lookup(operation);
        await ResetConnectionsAsync(fixture, "GET", pathPattern);

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => lookup(tenant.Client));

        Assert.True(error.IsTransient);
        Assert.Equal(2, error.Details.Attempts);
    }

    [Fact]
    public async Task A_create_is_not_retried_after_a_connection_reset()
    {
        using var fixture = new SimulatorFixture(SimulatorServer.CreateInMemory());
        using var tenant = new MobileTextAlertsTestTenant(fixture, o =>
        {
            o.Retry.MaxRetries = 1;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        });
        await ResetConnectionsAsync(fixture, "POST", "/mta/v3/groups");

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() =>
            tenant.Client.Groups.CreateAsync(new MobileTextAlertsGroupRequest { Name = "Once" }));

        Assert.Equal(1, error.Details.Attempts);
    }

    private static (string PathPattern, Func<MobileTextAlertsClient, Task> Call) Lookup(string operation) => operation switch
    {
        "verify-api-key" => ("/mta/v3/auth/verify-api-key", client => client.Account.VerifyApiKeyAsync()),
        "unsubscribes.list" => ("/mta/v3/unsubscribes", client => client.Unsubscribes.ListAsync().ToListAsync().AsTask()),
        "groups.get" => ("/mta/v3/groups/.*", client => client.Groups.GetAsync(1)),
        "custom_fields.get" => ("/mta/v3/custom-fields/.*", client => client.CustomFields.GetAsync(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such lookup."),
    };

    private static Task ResetConnectionsAsync(SimulatorFixture fixture, string method, string pathPattern) =>
        SimulatorMappings.OnPathAsync(fixture.Server, method, pathPattern, SimulatorMappings.ResetConnection());
}
