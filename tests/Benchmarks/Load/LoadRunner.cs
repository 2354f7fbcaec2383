using System.Diagnostics;
using System.Net;

namespace Benchmarks.Load;

/// <summary>
/// A closed-loop driver: one worker per connection, each sending its next request as soon as the previous
/// answered, over one shared socket handler that may open as many connections as there are workers.
/// Warm-up requests are sent but not counted.
/// </summary>
internal sealed class LoadRunner
{
    private readonly HttpClient _client;
    private readonly int _workers;

    public LoadRunner(Uri baseAddress, int workers)
    {
        _workers = workers;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = workers,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client => _client;

    /// <summary>Runs <paramref name="createRequest"/> (worker, sequence number) until the time is up; a request counts as an error unless its status is 2xx.</summary>
    public async Task<(long Requests, long Errors, double Seconds, LatencySummary Latency, string Runtime)> RunAsync(
        Func<int, long, HttpRequestMessage> createRequest, double warmupSeconds, double seconds)
    {
        if (warmupSeconds > 0)
        {
            await DriveAsync(createRequest, TimeSpan.FromSeconds(warmupSeconds), new LatencyRecorder(_workers), sequenceStart: 1_000_000_000L).ConfigureAwait(false);
        }

        var recorder = new LatencyRecorder(_workers);
        using var runtime = RuntimeSampler.Start();
        var stopwatch = Stopwatch.StartNew();
        var errors = await DriveAsync(createRequest, TimeSpan.FromSeconds(seconds), recorder, sequenceStart: 0).ConfigureAwait(false);
        stopwatch.Stop();
        return (recorder.Count, errors, stopwatch.Elapsed.TotalSeconds, recorder.Summarize(), runtime.Stop());
    }

    /// <summary>Sends exactly <paramref name="count"/> requests (index 0..count-1) as fast as the workers go; returns the number of non-2xx answers.</summary>
    public async Task<long> SendCountAsync(long count, Func<long, HttpRequestMessage> createRequest)
    {
        long next = -1;
        long errors = 0;
        var workers = Enumerable.Range(0, _workers).Select(_ => Task.Run(async () =>
        {
            long index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                using var request = createRequest(index);
                using var response = await _client.SendAsync(request).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
        return errors;
    }

    private async Task<long> DriveAsync(Func<int, long, HttpRequestMessage> createRequest, TimeSpan duration, LatencyRecorder recorder, long sequenceStart)
    {
        long errors = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, _workers).Select(worker => Task.Run(async () =>
        {
            // Each worker numbers its own requests; the scenario turns (worker, n) into distinct data.
            var sequence = sequenceStart;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                using var request = createRequest(worker, sequence++);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                recorder.Record(worker, Stopwatch.GetTimestamp() - started);
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return errors;
    }
}
