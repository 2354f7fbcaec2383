using SubscriberSdk.Http.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.MobileTextAlerts.Internal;
using SubscriberSdk.Tests.Bulk.Support;
using SubscriberSdk.Tests.Support;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.MobileTextAlerts;

/// <summary>Each operation paces in the window the provider counts it in.</summary>
public sealed class MobileTextAlertsPacingTests
{
    [Fact]
    public void The_documented_windows_are_the_defaults()
    {
        var options = new MobileTextAlertsClientOptions();

        Assert.Equal((30, TimeSpan.FromMinutes(1)), Window(options.GetPacing(PacingBuckets.General)));
        Assert.Equal((5, TimeSpan.FromSeconds(15)), Window(options.GetPacing(PacingBuckets.GroupBulk)));
        Assert.Equal((25, TimeSpan.FromSeconds(15)), Window(options.GetPacing(PacingBuckets.Send)));
        Assert.Equal((15, TimeSpan.FromSeconds(15)), Window(options.GetPacing(PacingBuckets.Default)));
    }

    [Fact]
    public void Operations_draw_from_the_bucket_the_provider_counts_them_in()
    {
        Assert.Equal(PacingBuckets.GroupBulk, MobileTextAlertsOperations.AddGroupSubscribers.PacingBucket);
        Assert.Equal(PacingBuckets.GroupBulk, MobileTextAlertsOperations.RemoveGroupSubscribers.PacingBucket);
        Assert.Equal(PacingBuckets.Send, MobileTextAlertsOperations.Send.PacingBucket);
        Assert.Equal(PacingBuckets.Default, MobileTextAlertsOperations.Export.PacingBucket);
        Assert.All(
            [MobileTextAlertsOperations.UpdateGroup, MobileTextAlertsOperations.DeleteGroup, MobileTextAlertsOperations.AddGroupSubscriber,
             MobileTextAlertsOperations.RemoveGroupSubscriber, MobileTextAlertsOperations.GroupMemberCount, MobileTextAlertsOperations.GroupMemberCounts,
             MobileTextAlertsOperations.AllGroupMemberCounts, MobileTextAlertsOperations.DeleteCustomField, MobileTextAlertsOperations.BulkUnsubscribe],
            policy => Assert.Equal(PacingBuckets.General, policy.PacingBucket));
        Assert.False(MobileTextAlertsOperations.Send.AllowsRetryAfterAmbiguousFailure(HttpMethod.Post));
        Assert.True(MobileTextAlertsOperations.AddGroupSubscribers.AllowsRetryAfterAmbiguousFailure(HttpMethod.Post));
    }

    [Fact]
    public async Task The_sixth_group_bulk_call_waits_for_its_window_while_a_send_goes_ahead()
    {
        await using var harness = new MtaBulkHarness();
        var group = harness.Engine.AddGroup(harness.Account.TenantId, "VIP");
        var id = harness.Engine.AddSubscriber(harness.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550600" }).Id;
        for (var i = 0; i < 5; i++)
        {
            await harness.Client.Groups.AddSubscribersAsync(group.Id, [id]).Bounded();
        }

        var started = harness.Clock.GetUtcNow();
        var sixth = harness.Client.Groups.RemoveSubscribersAsync(group.Id, [id]);
        var send = await harness.Client.Messages.SendAsync(new MobileTextAlertsMessage { Text = "Hi", SubscriberIds = [id] }).Bounded();
        Assert.False(sixth.IsCompleted);
        Assert.DoesNotContain(harness.Transport.Calls, call => call.Path.EndsWith("/bulk-delete", StringComparison.Ordinal));
        harness.Clock.Advance(TimeSpan.FromSeconds(15));

        var removed = await sixth.Bounded();
        Assert.Equal(1, send.Value.SentCount);
        Assert.Equal(1, removed.Value.ChangedCount);
        var waited = harness.Transport.Calls.Single(call => call.Path.EndsWith("/bulk-delete", StringComparison.Ordinal)).SentAt - started;
        Assert.InRange(waited, TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(15));
        Assert.All(harness.Transport.Calls, call => Assert.Equal(200, call.Status));
    }

    private static (int, TimeSpan) Window(PacingOptions pacing)
    {
        Assert.True(pacing.Enabled);
        return (pacing.PermitLimit, pacing.Window);
    }
}
