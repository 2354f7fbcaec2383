using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Journal;

namespace SubscriberSimulator.Tests.Core.Journal;

public sealed class RequestJournalTests
{
    private static JournalEntry Entry(string path) =>
        new(Guid.NewGuid(), new RequestSnapshot("GET", path, string.Empty, "http", "localhost", "127.0.0.1", new Dictionary<string, StringValues>(), DateTimeOffset.UnixEpoch));

    [Fact]
    public void KeepsTheNewestEntriesNewestFirst()
    {
        var journal = new RequestJournal(new SimulatorOptions { JournalCapacity = 3 });
        foreach (var path in new[] { "/1", "/2", "/3", "/4", "/5" })
        {
            journal.Add(Entry(path));
        }

        Assert.Equal(["/5", "/4", "/3"], journal.Snapshot().Select(entry => entry.Request.Path));
    }

    [Fact]
    public void DisabledJournalKeepsNothing()
    {
        var journal = new RequestJournal(new SimulatorOptions { JournalCapacity = 0 });
        journal.Add(Entry("/1"));
        Assert.False(journal.IsEnabled);
        Assert.Empty(journal.Snapshot());
    }

    [Fact]
    public void FindAndClear()
    {
        var journal = new RequestJournal(new SimulatorOptions());
        var entry = Entry("/x");
        journal.Add(entry);
        Assert.Same(entry, journal.Find(entry.Id));
        journal.Clear();
        Assert.Null(journal.Find(entry.Id));
    }

    [Fact]
    public void NegativeCapacityIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestJournal(new SimulatorOptions { JournalCapacity = -1 }));
    }
}
