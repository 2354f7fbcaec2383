using System.Text.Json.Nodes;
using SubscriberSdk.Bulk;
using SubscriberSdk.Tests.Bulk.Support;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Bulk.MobileTextAlerts;

/// <summary>
/// Faults on chosen chunks, injected through the simulator's admin API (reset after the write, 500, 503, 429) and
/// by holding one request back in the transport (an answer slower than the attempt timeout): nothing lost,
/// nothing twice, every result right.
/// </summary>
public sealed class MobileTextAlertsBulkFaultTests
{
    private const int ChunkSize = 100;

    [Fact]
    public async Task Faults_on_chosen_chunks_leave_exactly_the_input_and_every_record_created()
    {
        await using var harness = new MtaBulkHarness(configureClient: o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.CircuitBreaker.Enabled = false;
        }, overSockets: true);
        var data = BulkData.Subscribers(6 * ChunkSize);
        await harness.ResetAfterTheEngineOnceAsync("reset-after-write", Marker(1));
        await harness.StubOnceAsync("server-error", Marker(2), Error(500));
        await harness.StubOnceAsync("unavailable", Marker(3), Error(503));
        var throttled = Error(429);
        throttled["Headers"]!["Retry-After"] = "2";
        await harness.StubOnceAsync("throttled", Marker(4), throttled);
        harness.Transport.HoldOnce(Marker(5));
        var options = harness.Options(ChunkSize);
        options.CreateOnly = true;
        options.MaxConcurrency = 2;

        var result = await harness.RunAsync(data, options);

        Assert.Equal(600, result.Created);
        Assert.True(result.IsComplete);
        Assert.Equal([1, 2, 2, 2, 2, 2], result.Chunks.OrderBy(c => c.ChunkIndex).Select(c => c.Attempts));
        Assert.Contains(result.Records.Skip(ChunkSize).Take(ChunkSize), r => r.Reason?.Contains("earlier attempt", StringComparison.Ordinal) == true);
        var calls = harness.BulkCalls;
        Assert.Equal(11, calls.Count);
        Assert.Equal([0, 0, 200, 200, 200, 200, 200, 200, 429, 500, 503], calls.Select(c => c.Status).Order());
        MobileTextAlertsBulkCeilingTests.AssertStoreHoldsExactly(harness, data.Select(d => d.PhoneNumber!));
    }

    [Fact]
    public async Task An_existing_subscriber_under_createOnly_is_skipped_not_counted_as_created()
    {
        await using var harness = new MtaBulkHarness();
        var data = BulkData.Subscribers(3);
        await harness.RunAsync(data.Take(1), harness.Options());
        var options = harness.Options();
        options.CreateOnly = true;

        var result = await harness.RunAsync(data, options);

        Assert.Equal(BulkRecordStatus.Skipped, result.Records[0].Status);
        Assert.Contains("already exists", result.Records[0].Reason);
        Assert.Equal(2, result.Created);
        MobileTextAlertsBulkCeilingTests.AssertStoreHoldsExactly(harness, data.Select(d => d.PhoneNumber!));
    }

    // Digits only chunk k contains, so a stub can pick that chunk's request ('+' is sent escaped in JSON).
    private static string Marker(int chunk) => BulkData.Phone(chunk * ChunkSize + 7).TrimStart('+');

    private static JsonObject Error(int status) =>
        SimulatorMappings.JsonError(status, new JsonObject { ["httpCode"] = status, ["message"] = "injected fault", ["name"] = "InternalServerError" });
}
