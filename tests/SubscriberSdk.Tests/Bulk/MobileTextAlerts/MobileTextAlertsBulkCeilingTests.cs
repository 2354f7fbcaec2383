using SubscriberSdk.Bulk;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.MobileTextAlerts;

/// <summary>The throughput goal against the simulator's real 15-per-15-seconds limit, on a fake clock.</summary>
public sealed class MobileTextAlertsBulkCeilingTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Ten_thousand_records_go_in_ten_requests_within_one_window_without_a_429()
    {
        await using var harness = new MtaBulkHarness();
        var data = BulkData.Subscribers(10_000);
        var started = harness.Clock.GetUtcNow();

        var result = await harness.RunAsync(data, harness.Options());

        var calls = harness.BulkCalls;
        Assert.Equal(10, calls.Count);
        Assert.All(calls, c => Assert.Equal(200, c.Status));
        Assert.True(calls[^1].SentAt - started < Window, $"last request at +{calls[^1].SentAt - started}");
        Assert.Equal(10_000, result.CreatedOrUpdated);
        Assert.True(result.IsComplete);
        AssertStoreHoldsExactly(harness, data.Select(d => d.PhoneNumber!));
    }

    [Fact]
    public async Task Twenty_five_thousand_records_take_two_windows_and_no_429()
    {
        await using var harness = new MtaBulkHarness();
        var data = BulkData.Subscribers(25_000);
        var progress = new RecordingProgress();
        var started = harness.Clock.GetUtcNow();

        var result = await harness.RunAsync(data, harness.Options(), progress);

        var calls = harness.BulkCalls;
        Assert.Equal(25, calls.Count);
        Assert.DoesNotContain(calls, c => c.Status != 200);
        // The engine counts requests still in flight against the window, so the first window may carry
        // a few fewer than 15 when answers overlap; 25 requests still fit the minimum of two windows.
        Assert.InRange(calls.Count(c => c.SentAt - started < Window), 10, 15);
        Assert.True(calls[^1].SentAt - started < 2 * Window, $"last request at +{calls[^1].SentAt - started}");
        Assert.Equal(25_000, result.CreatedOrUpdated);
        Assert.Contains(progress.Reports, p => p.WaitingForRateLimitUntil is not null);
        Assert.Equal(25_000, progress.Reports.Last().RecordsDone);
        AssertStoreHoldsExactly(harness, data.Select(d => d.PhoneNumber!));
    }

    internal static void AssertStoreHoldsExactly(MtaBulkHarness harness, IEnumerable<string> expected)
    {
        var stored = harness.StoredNumbers();
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }
}
