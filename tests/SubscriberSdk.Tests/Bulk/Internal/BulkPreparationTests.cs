using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.Internal;

/// <summary>
/// Inputs longer than one preparation batch (4096 records), where one batch is normalised in the background
/// while the next is read and the previous one is de-duplicated.
/// </summary>
public sealed class BulkPreparationTests
{
    private const int Records = 10_000;

    [Fact]
    public async Task The_last_duplicate_wins_across_batches()
    {
        var sender = new FakeChunkSender();
        var input = BulkData.Subscribers(Records);
        input[9_000] = new MobileTextAlertsSubscriberRequest { PhoneNumber = BulkData.Phone(100), FirstName = "later" };

        var result = await Run(sender, input);

        Assert.Equal(BulkRecordStatus.Skipped, result.Records[100].Status);
        Assert.Contains("input record 9000", result.Records[100].Reason, StringComparison.Ordinal);
        Assert.Equal(BulkRecordStatus.Created, result.Records[9_000].Status);
        Assert.Equal(Records - 1, result.Created);
        var sent = sender.Sent.OrderBy(c => c.Index).SelectMany(c => c.Records).ToArray();
        Assert.Equal(Records - 1, sent.Length);
        Assert.Equal("later", Assert.Single(sent, r => r.NaturalKey == "phone:" + BulkData.Phone(100)).Record.FirstName);
        Assert.Equal(sent.Select(r => r.InputIndex).Order(), sent.Select(r => r.InputIndex));
    }

    [Fact]
    public async Task A_sender_failing_in_a_later_batch_surfaces_as_itself_and_nothing_is_sent()
    {
        var failing = BulkData.Phone(6_000);
        var sender = new FakeChunkSender { FailNormalizing = r => r.PhoneNumber == failing ? new InvalidOperationException("normaliser bug") : null };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(sender, BulkData.Subscribers(Records)));

        Assert.Equal("normaliser bug", error.Message);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task An_input_that_throws_while_a_batch_is_normalised_surfaces_as_itself_and_nothing_is_sent()
    {
        var sender = new FakeChunkSender();

        var error = await Assert.ThrowsAsync<IOException>(() => Run(sender, ThrowingAfter(9_000)));

        Assert.Equal("the source broke", error.Message);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task Cancelling_while_batches_are_normalised_stops_before_anything_is_sent()
    {
        var sender = new FakeChunkSender();
        using var cancel = new CancellationTokenSource();

        var runner = new BulkRunner<MobileTextAlertsSubscriberRequest>(sender, new BulkOptions(), null);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(CancellingAt(6_000, cancel), cancel.Token));

        Assert.Empty(sender.Sent);
    }

    private static IEnumerable<MobileTextAlertsSubscriberRequest> ThrowingAfter(int count)
    {
        foreach (var record in BulkData.Subscribers(count))
        {
            yield return record;
        }

        throw new IOException("the source broke");
    }

    private static IEnumerable<MobileTextAlertsSubscriberRequest> CancellingAt(int index, CancellationTokenSource cancel)
    {
        for (var i = 0; i < Records; i++)
        {
            if (i == index)
            {
                cancel.Cancel();
            }

            yield return BulkData.Subscriber(i);
        }
    }

    private static Task<BulkResult> Run(FakeChunkSender sender, IEnumerable<MobileTextAlertsSubscriberRequest?> input) =>
        new BulkRunner<MobileTextAlertsSubscriberRequest>(sender, new BulkOptions(), null).RunAsync(input, CancellationToken.None);
}
