using System.Diagnostics;
using System.Globalization;

namespace Benchmarks.Load;

/// <summary>
/// What the runtime did during a measured load: thread-pool threads and queued work items (sampled
/// every 100 ms on a thread of its own, so a starved pool cannot delay the samples), lock
/// contentions, GC collections and pause time. The evidence for "is the pool starving or are
/// threads fighting over a lock", without dotnet-counters.
/// </summary>
internal sealed class RuntimeSampler : IDisposable
{
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new();
    private readonly long _contentionsAtStart = Monitor.LockContentionCount;
    private readonly int[] _collectionsAtStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan _pauseAtStart = GC.GetTotalPauseDuration();
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private readonly long _jittedAtStart = System.Runtime.JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _jitTimeAtStart = System.Runtime.JitInfo.GetCompilationTime();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private int _samples;
    private long _threadSum;
    private int _threadMax;
    private long _queueSum;
    private long _queueMax;
    private string? _summary;

    private RuntimeSampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "load runtime sampler" };
    }

    public static RuntimeSampler Start()
    {
        var sampler = new RuntimeSampler();
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling and describes the run, e.g. "pool threads avg 9 max 14, queue avg 31 max 80, 1,203 lock contentions/s, GC 412/3/0, 4.1% paused, 1.80 cores busy".</summary>
    public string Stop()
    {
        if (_summary is not null)
        {
            return _summary;
        }

        _stop.Set();
        _thread.Join();
        var seconds = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        var samples = Math.Max(1, _samples);
        var contentions = (Monitor.LockContentionCount - _contentionsAtStart) / seconds;
        var paused = (GC.GetTotalPauseDuration() - _pauseAtStart).TotalSeconds / seconds;
        using var process = Process.GetCurrentProcess();
        var cpu = (process.TotalProcessorTime - _cpuAtStart).TotalSeconds / seconds;
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - _jittedAtStart;
        var jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - _jitTimeAtStart).TotalSeconds;
        _summary = string.Create(CultureInfo.InvariantCulture,
            $"pool threads avg {(double)_threadSum / samples:F0} max {_threadMax}, queue avg {(double)_queueSum / samples:F0} max {_queueMax}, {contentions:N0} lock contentions/s, GC {GC.CollectionCount(0) - _collectionsAtStart[0]}/{GC.CollectionCount(1) - _collectionsAtStart[1]}/{GC.CollectionCount(2) - _collectionsAtStart[2]}, {paused:P1} paused, {cpu:F2} cores busy, {jitted:N0} methods jitted in {jitSeconds:F2} s");
        return _summary;
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private void Sample()
    {
        while (!_stop.Wait(100))
        {
            var threads = ThreadPool.ThreadCount;
            var queue = ThreadPool.PendingWorkItemCount;
            _samples++;
            _threadSum += threads;
            _threadMax = Math.Max(_threadMax, threads);
            _queueSum += queue;
            _queueMax = Math.Max(_queueMax, queue);
        }
    }
}
