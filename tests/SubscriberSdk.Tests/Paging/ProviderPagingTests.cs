using SubscriberSdk.Essential;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Essential;
using SubscriberSdk.Tests.Integration;
using SubscriberSdk.Tests.MobileTextAlerts;
using SubscriberSdk.Tests.Sequenzy;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.Paging;

/// <summary>
/// Every provider's lists are pageables of one shape: pages with a continuation token, and a token from
/// one enumeration resumes another (as a later process would) where the first stopped.
/// </summary>
public sealed class ProviderPagingTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Mobile_text_alerts_pages_by_number_with_the_total_and_resumes_from_a_token()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        for (var i = 0; i < 5; i++)
        {
            tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = $"+1415555{0400 + i:0000}" });
        }

        var first = await tenant.Client.Subscribers.ListAsync(pageSize: 2).AsPages().FirstAsync();
        var rest = await tenant.Client.Subscribers.ListAsync(pageSize: 2).AsPages(first.ContinuationToken).ToListAsync();
        var all = await tenant.Client.Subscribers.ListAsync(pageSize: 2).ToListAsync();

        Assert.Equal(2, first.Values.Count);
        Assert.Equal(5, first.TotalCount);
        Assert.Equal([2, 1], rest.Select(page => page.Values.Count));
        Assert.Null(rest[^1].ContinuationToken);
        Assert.Equal(all.Select(s => s.E164Number), first.Values.Concat(rest.SelectMany(page => page.Values)).Select(s => s.E164Number));
    }

    [Fact]
    public async Task Essential_pages_by_number_while_a_next_link_follows_and_resumes_from_a_token()
    {
        using var tenant = new EssentialTestTenant(simulator);
        for (var i = 0; i < 3; i++)
        {
            await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = $"+1415555{0500 + i:0000}" });
        }

        var pages = await tenant.Client.Subscribers.ListAsync(pageSize: 2).AsPages().ToListAsync();
        var resumed = await tenant.Client.Subscribers.ListAsync(pageSize: 2).AsPages(pages[0].ContinuationToken).ToListAsync();

        Assert.Equal([2, 1], pages.Select(page => page.Values.Count));
        Assert.Equal("2", pages[0].ContinuationToken);
        Assert.Equal(pages[1].Values.Select(s => s.Sid), resumed.SelectMany(page => page.Values).Select(s => s.Sid));
    }

    [Fact]
    public async Task Sequenzy_uses_its_cursor_as_the_token()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        for (var i = 0; i < 3; i++)
        {
            await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = $"page{i}@example.com" });
        }

        var first = await tenant.Client.Subscribers.ListAsync(pageSize: 2).AsPages().FirstAsync();
        var rest = await tenant.Client.Subscribers.ListAsync(pageSize: 2).AsPages(first.ContinuationToken).ToListAsync();

        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(3, first.Values.Concat(rest.SelectMany(page => page.Values)).Select(s => s.Email).Distinct().Count());
        Assert.Null(rest[^1].ContinuationToken);
    }

    [Fact]
    public async Task A_list_answered_in_one_response_is_one_page_without_a_token()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var pages = await tenant.Client.Lists.ListAsync().AsPages().ToListAsync();

        var page = Assert.Single(pages);
        Assert.Null(page.ContinuationToken);
        Assert.Equal(200, page.StatusCode);
    }

    [Fact]
    public async Task A_malformed_page_number_token_is_refused_before_anything_is_sent()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Subscribers.ListAsync().AsPages("page-two").FirstAsync().AsTask());

        Assert.Equal("continuationToken", error.ParamName);
    }
}
