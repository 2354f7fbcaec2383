using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.MobileTextAlerts;

/// <summary>The read-only operations (API key check, unsubscribe list, one group, one custom field) against the simulator.</summary>
public sealed class MobileTextAlertsLookupTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Verify_api_key_confirms_a_valid_key()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var response = await tenant.Client.Account.VerifyApiKeyAsync();

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("API Key verified", response.Value);
        Assert.NotNull(response.RequestId);
    }

    [Fact]
    public async Task Verify_api_key_with_a_wrong_key_is_AuthenticationFailed()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator, o => o.ApiKey = "wrong-key-for-verify");

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => tenant.Client.Account.VerifyApiKeyAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.DoesNotContain("wrong-key-for-verify", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribes_list_walks_1_based_pages_oldest_first()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var numbers = Enumerable.Range(0, 5).Select(i => $"+1415555{0300 + i:0000}").ToArray();
        foreach (var number in numbers)
        {
            tenant.Engine.StopReply(tenant.Account.TenantId, number);
        }

        var all = await tenant.Client.Unsubscribes.ListAsync(pageSize: 2).ToListAsync();

        Assert.Equal(numbers, all.Select(u => u.Number));
        Assert.Equal(5, all.Select(u => u.Id).Distinct().Count());
        Assert.All(all, u => Assert.NotNull(u.Date));
        Assert.Equal(3, ListRequests(tenant).Count);
    }

    [Fact]
    public async Task Unsubscribes_list_fetches_the_next_page_only_when_enumerated_that_far()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        for (var i = 0; i < 3; i++)
        {
            tenant.Engine.StopReply(tenant.Account.TenantId, $"+1415555{0310 + i:0000}");
        }

        var firstTwo = await tenant.Client.Unsubscribes.ListAsync(pageSize: 2).Take(2).ToListAsync();

        Assert.Equal(2, firstTwo.Count);
        var request = Assert.Single(ListRequests(tenant));
        Assert.Contains("page=1", request.RequestMessage.RawQuery, StringComparison.Ordinal);
        Assert.Contains("pageSize=2", request.RequestMessage.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribes_list_filters_by_query_and_names_the_subscriber_with_the_number()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550321", FirstName = "Grace", Email = "grace@example.com" });
        tenant.Engine.StopReply(tenant.Account.TenantId, "+14155550321");
        tenant.Engine.StopReply(tenant.Account.TenantId, "+14155550322");

        var matches = await tenant.Client.Unsubscribes.ListAsync(query: "+14155550321").ToListAsync();

        var match = Assert.Single(matches);
        Assert.Equal("+14155550321", match.Number);
        Assert.Equal("grace@example.com", match.Email);
        Assert.Contains("Grace", match.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groups_get_returns_the_group_by_id()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var seeded = tenant.Engine.AddGroup(tenant.Account.TenantId, "Weekend deals");
        tenant.Engine.AddGroup(tenant.Account.TenantId, "Other");

        var response = await tenant.Client.Groups.GetAsync(seeded.Id);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal((long)seeded.Id, response.Value?.Id);
        Assert.Equal("Weekend deals", response.Value?.Name);
    }

    [Fact]
    public async Task Groups_get_of_an_unknown_or_foreign_group_is_ResourceNotFound()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        using var other = new MobileTextAlertsTestTenant(simulator);
        var foreign = other.Engine.AddGroup(other.Account.TenantId, "Not yours");

        var unknown = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Groups.GetAsync(987_654));
        var notVisible = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Groups.GetAsync(foreign.Id));

        Assert.Equal(404, unknown.StatusCode);
        Assert.Equal(404, notVisible.StatusCode);
        Assert.NotNull(unknown.ProviderMessage);
    }

    [Fact]
    public async Task Custom_fields_get_returns_the_field_by_id()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var created = await tenant.Client.CustomFields.CreateAsync("Favourite colour", MobileTextAlertsCustomFieldType.String);
        var id = created.Value?.Id ?? throw new InvalidOperationException("The simulator returned no custom field id.");

        var response = await tenant.Client.CustomFields.GetAsync(id);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(id, response.Value?.Id);
        Assert.Equal("Favourite colour", response.Value?.Name);
        Assert.Equal(MobileTextAlertsCustomFieldType.String, response.Value?.Type);
    }

    [Fact]
    public async Task Custom_fields_get_of_an_unknown_field_is_ResourceNotFound()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.CustomFields.GetAsync(987_654));

        Assert.Equal(404, error.StatusCode);
        Assert.NotNull(error.ProviderMessage);
    }

    private IReadOnlyList<WireMock.Logging.ILogEntry> ListRequests(MobileTextAlertsTestTenant tenant) =>
        simulator.Journal()
            .Where(e => e.RequestMessage.Method == "GET" && e.RequestMessage.Path.EndsWith("/v3/unsubscribes", StringComparison.Ordinal)
                && e.RequestMessage.Headers?.TryGetValue("Authorization", out var auth) == true && auth.ToString() == $"Bearer {tenant.Account.ApiKey}")
            .ToList();
}
