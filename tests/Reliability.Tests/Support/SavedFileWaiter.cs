namespace Reliability.Tests.Support;

/// <summary>
/// Completes <see cref="Task"/> once a file in a folder contains a text, watching the folder rather
/// than polling: a save renames its temporary file over the watched one.
/// </summary>
internal sealed class SavedFileWaiter : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly string _path;
    private readonly string _text;
    private readonly TaskCompletionSource _found = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SavedFileWaiter(string folder, string fileName, string text)
    {
        _path = Path.Combine(folder, fileName);
        _text = text;
        _watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite };
        _watcher.Renamed += (_, _) => Check();
        _watcher.Created += (_, _) => Check();
        _watcher.Changed += (_, _) => Check();
        _watcher.EnableRaisingEvents = true;
        Check();
    }

    public Task Task => _found.Task;

    public void Dispose() => _watcher.Dispose();

    private void Check()
    {
        try
        {
            if (File.Exists(_path) && File.ReadAllText(_path).Contains(_text, StringComparison.Ordinal))
            {
                _found.TrySetResult();
            }
        }
        catch (IOException)
        {
            // Being replaced right now; the rename raises another event.
        }
    }
}
