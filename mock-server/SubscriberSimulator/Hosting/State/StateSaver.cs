namespace SubscriberSimulator.Hosting.State;

/// <summary>
/// Saves the state file every <see cref="SimulatorOptions.StateSaveInterval"/> when
/// <see cref="StateChanges"/> moved since the last save, so a hard kill (SIGKILL, power loss) loses
/// at most that window. Runs on real time (the simulated clock may be frozen); a tick that finds a
/// save still running skips. A failed save is logged and tried again at the next tick: the server
/// keeps serving, and the save at stop reports the error if it persists.
/// </summary>
internal sealed class StateSaver : IDisposable
{
    private readonly StateChanges _changes;
    private readonly Action _save;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly object _gate = new();
    private long _saved;

    public StateSaver(TimeProvider time, TimeSpan interval, StateChanges changes, Action save, ILogger logger)
    {
        _changes = changes;
        _save = save;
        _logger = logger;
        _saved = changes.Count;
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
            var count = _changes.Count;
            if (count == _saved)
            {
                return;
            }

            _save();
            _saved = count;
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
