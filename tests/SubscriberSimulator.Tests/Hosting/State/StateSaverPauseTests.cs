using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SubscriberSimulator.Hosting.State;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting.State;

/// <summary>
/// A save that takes longer than the interval is not followed by another at once: the next waits at
/// least as long as the last one took, so a large store is not saved back to back.
/// </summary>
public sealed class StateSaverPauseTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(TestSimulator.Epoch);
    private readonly StateChanges _changes = new();
    private readonly List<TimeSpan> _savesStartedAt = [];
    private TimeSpan _saveTakes;

    [Fact]
    public async Task ASlowSaveIsFollowedByAPauseAsLongAsItTook()
    {
        _saveTakes = TimeSpan.FromSeconds(3);
        using var saver = Start();
        await ChangeAsync();
        _time.Advance(Interval);
        Assert.Equal([TimeSpan.FromSeconds(1)], _savesStartedAt);

        // The save ran from 1 s to 4 s; the next may start 3 s after its end, at 7 s, not at 5 s.
        await ChangeAsync();
        AdvanceBySeconds(2);
        Assert.Single(_savesStartedAt);
        AdvanceBySeconds(1);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(7)], _savesStartedAt);
    }

    [Fact]
    public async Task AQuickSaveLeavesTheNextAtTheNextTick()
    {
        _saveTakes = TimeSpan.FromMilliseconds(200);
        using var saver = Start();
        await ChangeAsync();
        _time.Advance(Interval);
        await ChangeAsync();
        AdvanceBySeconds(1);

        // One interval after the first save's end is past its 200 ms pause: the tick saves.
        Assert.Equal(2, _savesStartedAt.Count);
    }

    private StateSaver Start() =>
        new(_time, Interval, _changes, Save, NullLogger.Instance);

    private void Save()
    {
        _savesStartedAt.Add(_time.GetUtcNow() - TestSimulator.Epoch);
        _time.Advance(_saveTakes);
    }

    private void AdvanceBySeconds(int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private Task ChangeAsync() =>
        _changes.Middleware(_ => Task.CompletedTask)(new DefaultHttpContext { Request = { Method = HttpMethods.Post } });
}
