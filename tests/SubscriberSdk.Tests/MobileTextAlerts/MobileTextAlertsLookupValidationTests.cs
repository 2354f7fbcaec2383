using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.MobileTextAlerts;

/// <summary>
/// Lookups that cannot succeed are refused before anything is sent: this class has its own simulator,
/// and its request journal must stay empty.
/// </summary>
public sealed class MobileTextAlertsLookupValidationTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public async Task A_group_id_below_1_is_refused(long groupId)
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.GetAsync(groupId));

        Assert.Equal("groupId", error.ParamName);
        Assert.Contains("1 or more", error.Message, StringComparison.Ordinal);
        AssertNothingSent();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    public async Task A_custom_field_id_below_1_is_refused(long customFieldId)
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.CustomFields.GetAsync(customFieldId));

        Assert.Equal("customFieldId", error.ParamName);
        AssertNothingSent();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task An_unsubscribes_page_size_outside_1_to_1000_is_refused(int pageSize)
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Unsubscribes.ListAsync(pageSize: pageSize).ToListAsync().AsTask());

        Assert.Equal("pageSize", error.ParamName);
        Assert.Contains("between 1 and 1000", error.Message, StringComparison.Ordinal);
        AssertNothingSent();
    }

    private void AssertNothingSent() => Assert.Empty(simulator.Journal());
}
