namespace SubscriberSimulator.Hosting.State;

/// <summary>
/// Saves the state file every <see cref="SimulatorOptions.StateSaveInterval"/> when
/// <see cref="StateChanges"/> moved since the last save, so a hard kill (SIGKILL, power loss) loses
/// at most that window. Runs on real time (the simulated clock may be frozen); a tick that finds a
/// save still running skips. After a save, the next waits at least as long as that save took: a
/// store so large that one save outlasts the interval would otherwise be saved back to back, one
/// core busy for as long as requests come. The window a hard kill can lose then grows to about the
/// interval plus three saves' time (a change just missed by a save waits for it, the pause and the
/// next save). A failed save is logged and tried again at the next tick: the server keeps serving,
/// and the save at stop reports the error if it persists.
/// </summary>
internal sealed class StateSaver : IDisposable
{
    private readonly TimeProvider _time;
    private readonly StateChanges _changes;
    private readonly Action _save;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly object _gate = new();
    private long _saved;
    private bool _saving;
    private long _lastEnded;
    private TimeSpan _lastTook;

    public StateSaver(TimeProvider time, TimeSpan interval, StateChanges changes, Action save, ILogger logger)
    {
        _time = time;
        _changes = changes;
        _save = save;
        _logger = logger;
        _saved = changes.Count;
        _lastEnded = time.GetTimestamp();
        _timer = time.CreateTimer(static self => ((StateSaver)self!).Tick(), this, interval, interval);
    }

    public void Dispose()
    {
        _timer.Dispose();
        // Waits for a save in progress, so nothing writes the file after the saver is gone.
        lock (_gate)
        {
        }
    }

    private void Tick()
    {
        if (!Monitor.TryEnter(_gate))
        {
            return;
        }

        try
        {
            // _saving: the lock is re-entrant, and a tick can come on the saving thread itself
            // (a clock that moves within the save, as a test's fake one does).
            var count = _changes.Count;
            if (_saving || count == _saved || _time.GetElapsedTime(_lastEnded) < _lastTook)
            {
                return;
            }

            _saving = true;
            var started = _time.GetTimestamp();
            try
            {
                _save();
                _saved = count;
            }
            finally
            {
                _lastEnded = _time.GetTimestamp();
                _lastTook = _time.GetElapsedTime(started, _lastEnded);
                _saving = false;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Saving the state file failed ({Reason}); retrying at the next tick.", exception.Message);
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }
}
