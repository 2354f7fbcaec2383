using SubscriberSimulator.Core;

namespace SubscriberSimulator.Tests.Core;

public sealed class SimulatorClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FrozenClockStaysPutUntilAdvanced()
    {
        var clock = new SimulatorClock();
        clock.Freeze();
        clock.SetUtcNow(Start);

        Assert.Equal(Start, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(Start.AddSeconds(15), clock.GetUtcNow());
        Assert.True(clock.IsFrozen);
    }

    [Fact]
    public void RunningClockKeepsTheOffsetAfterUnfreeze()
    {
        var clock = new SimulatorClock();
        clock.Freeze();
        clock.SetUtcNow(Start);
        clock.Unfreeze();

        var now = clock.GetUtcNow();
        Assert.False(clock.IsFrozen);
        Assert.InRange(now, Start, Start.AddMinutes(5));
    }

    [Fact]
    public void AdvancingBackwardsIsRejected()
    {
        var clock = new SimulatorClock();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Contains("non-negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResetReturnsToRealTime()
    {
        var clock = new SimulatorClock();
        clock.Freeze();
        clock.SetUtcNow(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        clock.Reset();

        Assert.False(clock.IsFrozen);
        Assert.True(clock.GetUtcNow() > new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task TimerFiresWhenSimulatedTimePassesItsDueTime()
    {
        var clock = new SimulatorClock();
        clock.Freeze();
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = clock.CreateTimer(_ => fired.TrySetResult(), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(fired.Task.IsCompleted);

        clock.Advance(TimeSpan.FromMinutes(1));
        await fired.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(fired.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task DelayOnTheClockCompletesWhenAdvanced()
    {
        var clock = new SimulatorClock();
        clock.Freeze();
        var delay = Task.Delay(TimeSpan.FromHours(1), clock);
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromHours(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void DisposedTimerDoesNotFire()
    {
        var clock = new SimulatorClock();
        clock.Freeze();
        var fired = 0;
        var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(timer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
        Assert.Equal(0, Volatile.Read(ref fired));
    }
}
