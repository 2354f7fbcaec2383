using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting;

/// <summary>What the server refuses before it starts: a weak admin token, an address it cannot bind.</summary>
public sealed class StartRefusalTests
{
    [Theory]
    [InlineData("a")]
    [InlineData(" ")]
    [InlineData("")]
    [InlineData("fifteen-chars-x")]
    [InlineData("long enough but spaced")]
    [InlineData("long-enough-token\t")]
    public void AWeakAdminTokenIsRefused(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => TestSimulator.InMemory(o => o.AdminToken = token));

        Assert.Contains("at least 16 characters with no whitespace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASixteenCharacterTokenIsAccepted()
    {
        await using var server = TestSimulator.InMemory(o => o.AdminToken = "sixteen-chars-ok");

        Assert.NotNull(server.BaseAddress);
    }

    [Fact]
    public async Task AnAddressThatCannotBeBoundIsACannotStartWithTheReason()
    {
        var output = new StringWriter();

        var exit = await SimulatorCommand.RunAsync(["--host", "::ffff:127.0.0.1", "--port", "0"], output, onStarted: null, CancellationToken.None, TestSimulator.UseNotesEngine);

        Assert.Equal(1, exit);
        Assert.Contains("Cannot start: Cannot listen on ::ffff:127.0.0.1:0: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeakTokenOnTheCommandLineIsACannotStart()
    {
        var output = new StringWriter();

        var exit = await SimulatorCommand.RunAsync(["--port", "0", "--admin-token", "a"], output, onStarted: null, CancellationToken.None, TestSimulator.UseNotesEngine);

        Assert.Equal(1, exit);
        Assert.Contains("Cannot start: The admin token must be at least 16", output.ToString(), StringComparison.Ordinal);
    }
}
