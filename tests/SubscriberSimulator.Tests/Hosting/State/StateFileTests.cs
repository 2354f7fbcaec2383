using System.Net.Http;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting.State;

/// <summary>
/// The state file is read whole or not at all (a section started empty would be erased by the next
/// save), its path is checked before the server starts, and it is written privately and atomically.
/// </summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-state-file-").FullName;

    private string StatePath => Path.Combine(_folder, "state.json");

    [Theory]
    [InlineData("null", "null")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("""{"version":1}""", "version")]
    [InlineData("""{"version":2}""", "tenants")]
    [InlineData("""{"version":2,"tenants":{}}""", "Notes")]
    public void AMalformedEngineSectionRefusesToStartNamingFileAndSection(string section, string reason)
    {
        File.WriteAllText(StatePath, """{"version":1,"participants":{"notes":""" + section + ""","outbox":{"nextId":0,"messages":[]}}}""");

        var error = Assert.Throws<InvalidDataException>(() => TestSimulator.InMemory(o => o.StateFile = StatePath));

        Assert.Contains(StatePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("section \"notes\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outbox", "{}", "messages")]
    [InlineData("wiremock", """{"scenarios":[]}""", "mappings")]
    public void ASimulatorSectionWithoutItsDataRefusesToStart(string key, string section, string reason)
    {
        File.WriteAllText(StatePath, "{\"version\":1,\"participants\":{\"" + key + "\":" + section + "}}");

        var error = Assert.Throws<InvalidDataException>(() => TestSimulator.InMemory(o => o.StateFile = StatePath));

        Assert.Contains($"'{StatePath}', section \"{key}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":1,"participants":{}}""")]
    [InlineData("""{"version":1,"participants":{"sequenzy":{"version":2,"tenants":[]}}}""")]
    public void AFileWithNoKnownSectionRefusesToStart(string content)
    {
        File.WriteAllText(StatePath, content);

        var error = Assert.Throws<InvalidDataException>(() => TestSimulator.InMemory(o => o.StateFile = StatePath));

        Assert.Contains(StatePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("no section this simulator knows", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"version":"1","participants":{}}""")]
    public void AnEnvelopeOfTheWrongShapeNamesTheFile(string content)
    {
        File.WriteAllText(StatePath, content);

        var error = Assert.Throws<InvalidDataException>(() => TestSimulator.InMemory(o => o.StateFile = StatePath));

        Assert.Contains($"The state file '{StatePath}' is not a version 1 simulator state file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatePathThatIsADirectoryIsRefusedAtStart()
    {
        var error = Assert.Throws<IOException>(() => TestSimulator.InMemory(o => o.StateFile = _folder));

        Assert.Contains($"'{_folder}' is a directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatePathUnderARegularFileIsRefusedAtStart()
    {
        var file = Path.Combine(_folder, "plain.txt");
        File.WriteAllText(file, "x");
        var path = Path.Combine(file, "state.json");

        var error = Assert.Throws<IOException>(() => TestSimulator.InMemory(o => o.StateFile = path));

        Assert.Contains($"The state file '{path}' cannot be written", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task TheSavedFileIsPrivateAndNoTemporaryFileStays()
    {
        await using (var server = TestSimulator.InMemory(o => o.StateFile = StatePath))
        {
            using var client = TestSimulator.ClientFor(server);
            await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"secret"}"""));
        }

        Assert.True(File.Exists(StatePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(StatePath));
        }

        Assert.Equal(["state.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        await using var restored = TestSimulator.InMemory(o => o.StateFile = StatePath);
        Assert.Equal("secret", TestSimulator.Notes(restored)["n"]);
    }

    [Fact]
    public async Task TheFourProvidersDemoStateSavedLoadedAndSavedAgainIsTheSameFile()
    {
        static void WithProviders(SimulatorOptions options)
        {
            options.IncludeBuiltInEngines = true;
            options.ConfigureServices = null;
        }

        await using (var seeded = TestSimulator.InMemory(o =>
        {
            WithProviders(o);
            o.SeedDemo = true;
            o.StateFile = StatePath;
        }))
        {
        }

        var first = await File.ReadAllTextAsync(StatePath);
        await using (TestSimulator.InMemory(o =>
        {
            WithProviders(o);
            o.StateFile = StatePath;
        }))
        {
        }

        // Every section written straight to the file reads back into the same state: nothing the
        // snapshot or the writer drops, reorders or reformats.
        foreach (var section in new[] { "essential", "mta", "sequenzy", "attentive", "outbox", "wiremock" })
        {
            Assert.Contains($"\"{section}\":{{", first, StringComparison.Ordinal);
        }

        Assert.Equal(first, await File.ReadAllTextAsync(StatePath));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
