using System.Net.Http;
using Microsoft.Extensions.Time.Testing;
using SubscriberSimulator.Core;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting.State;

/// <summary>
/// While requests change the state, the state file is saved every <see cref="SimulatorOptions.StateSaveInterval"/>
/// of real time (here a fake one), so a hard kill loses at most that window; nothing changed, nothing written.
/// </summary>
public sealed class PeriodicSaveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-periodic-save-").FullName;
    private readonly FakeTimeProvider _realTime = new(TestSimulator.Epoch);

    private string StatePath => Path.Combine(_folder, "state.json");

    [Fact]
    public async Task AChangeIsOnDiskOneIntervalLaterWithoutAStop()
    {
        await using var server = Start(TimeSpan.FromSeconds(1));
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"kept"}"""));

        _realTime.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(File.Exists(StatePath));
        _realTime.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Contains("kept", await File.ReadAllTextAsync(StatePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingIsWrittenWhileNothingChanges()
    {
        await using var server = Start(TimeSpan.FromSeconds(1));
        using var client = TestSimulator.ClientFor(server);
        await client.GetAsync("notes-api/notes");

        _realTime.Advance(TimeSpan.FromSeconds(5));

        Assert.False(File.Exists(StatePath));
    }

    [Fact]
    public async Task ZeroSavesOnStopOnly()
    {
        await using (var server = Start(TimeSpan.Zero))
        {
            using var client = TestSimulator.ClientFor(server);
            await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"at stop"}"""));
            _realTime.Advance(TimeSpan.FromMinutes(1));
            Assert.False(File.Exists(StatePath));
        }

        Assert.Contains("at stop", await File.ReadAllTextAsync(StatePath), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SimulatorServer Start(TimeSpan interval) => TestSimulator.InMemory(o =>
    {
        o.Clock = new SimulatorClock(_realTime);
        o.StateFile = StatePath;
        o.StateSaveInterval = interval;
    });
}
