using System.Globalization;
using Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Reliability.Tests.Soak;

/// <summary>
/// A steady load on the loopback simulator for SOAK_SECONDS (default 60, the issue's figure; the whole
/// suite then takes about 75 s on 2 cores; set SOAK_SECONDS=20 where CI time is tight). The store is bounded (a fixed pool of numbers),
/// so memory after a full collection must stay flat, the journal must stay within its capacity and no
/// request may fail.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SimulatorSoakTests(ITestOutputHelper output)
{
    private const int JournalCapacity = 500;
    private const int Workers = 16;
    private const int NumberPool = 2_000;

    [Fact]
    public async Task SteadyLoadKeepsMemoryFlatAndJournalBoundedWithoutErrors()
    {
        var seconds = SoakSeconds();
        await using var server = await LoopbackSimulator.StartAsync(options => options.JournalCapacity = JournalCapacity);
        var tenant = ProviderTenant.Create(server);
        using var client = server.CreateClient();
        var path = $"essential/v2/account/channels/{tenant.EssentialChannelSid}/subscribers/upsert";
        long requests = 0;
        long failures = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));

        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var number = (worker * 7919 + n * 31) % NumberPool;
                var answer = await RawCall.SendAsync(client, HttpMethod.Post, path, tenant.EssentialBasic,
                    $"{{\"phone_number\":\"212987{number:D4}\",\"properties\":{{\"n\":\"{n % 10}\"}}}}");
                Interlocked.Increment(ref requests);
                if ((int)answer.Status is not (200 or 201))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        var samples = await SampleHeapAsync(stop.Token, seconds);
        await Task.WhenAll(load);
        var afterLoad = GC.GetTotalMemory(forceFullCollection: true);

        var journal = await RawCall.SendAsync(client, HttpMethod.Get, "__admin/requests", null);
        var kept = journal.Body.GetArrayLength();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{seconds} s, {requests:N0} requests ({requests / (double)seconds:N0}/s), {failures} failures, heap samples MB: {string.Join(" ", samples.Select(sample => (sample / 1048576.0).ToString("F1", CultureInfo.InvariantCulture)))}, after {afterLoad / 1048576.0:F1} MB, journal kept {kept}"));

        Assert.Equal(0, failures);
        Assert.True(requests > Workers * seconds, $"only {requests} requests in {seconds} s");
        Assert.InRange(kept, 1, JournalCapacity);

        // Flat: the settled heap at the end is within 25% (+8 MB of slack for JIT and pools) of the heap
        // once the pool was written for the first time.
        var settled = samples[samples.Count / 4];
        var limit = settled * 1.25 + 8 * 1048576;
        Assert.True(afterLoad <= limit, $"heap grew from {settled / 1048576.0:F1} MB to {afterLoad / 1048576.0:F1} MB");
        Assert.True(samples.Max() <= limit, $"heap peaked at {samples.Max() / 1048576.0:F1} MB against a settled {settled / 1048576.0:F1} MB");
    }

    private static async Task<List<long>> SampleHeapAsync(CancellationToken stop, int seconds)
    {
        var samples = new List<long>();
        var interval = TimeSpan.FromSeconds(Math.Max(1, seconds / 20.0));
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                samples.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }
        catch (OperationCanceledException)
        {
            // The soak's time is up.
        }

        if (samples.Count == 0)
        {
            samples.Add(GC.GetTotalMemory(forceFullCollection: true));
        }

        return samples;
    }

    private static int SoakSeconds()
    {
        var configured = Environment.GetEnvironmentVariable("SOAK_SECONDS");
        return int.TryParse(configured, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : 60;
    }
}
