using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSdk.Tests.MobileTextAlerts;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.Readme;

/// <summary>The package README's Mobile Text Alerts send example, run as written against the simulator.</summary>
public sealed class PackageReadmeSendExampleTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private const string Section = "## Mobile Text Alerts";

    [Fact]
    public void The_readme_send_example_is_the_code_this_test_runs()
    {
        var readme = File.ReadAllText(ReadmeCode.RepositoryFile("src/SubscriberSdk/README.md"));
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the package README has no \"{Section}\" section");
        var block = ReadmeCode.FirstCSharpBlock(readme[start..]);
        var source = File.ReadAllLines(ReadmeCode.RepositoryFile("tests/SubscriberSdk.Tests/Readme/PackageReadmeSendExampleTests.cs"));

        Assert.Equal(ReadmeCode.Statements(block), ReadmeCode.MarkedRegion(source));
    }

    [Fact]
    public async Task The_readme_send_example_messages_the_group_and_the_new_number_and_skips_an_opted_out_member()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var groupId = tenant.Engine.AddGroup(tenant.Account.TenantId, "Newsletter").Id;
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550700", GroupIds = [groupId] });
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550701", GroupIds = [groupId] });
        tenant.Engine.StopReply(tenant.Account.TenantId, "+14155550701");
        var client = tenant.Client;

        // README quick start: begin
        var sent = await client.Messages.SendAsync(new MobileTextAlertsMessage
        {
            Text = "Doors open at 9.",
            GroupIds = [groupId],
            Recipients = ["+14155550123", "ada@example.com"],
        });
        // sent.Value.SentCount numbers were messaged; sent.Value.OptedOutCount opted-out ones were skipped.
        // README quick start: end

        Assert.Equal((2, 1, 1), (sent.Value.SentCount, sent.Value.OptedOutCount, sent.Value.NoNumberCount));
        Assert.Equal(
            ["+14155550123", "+14155550700"],
            tenant.Outbox().Where(m => m.Kind == "message").Select(m => m.To).Order(StringComparer.Ordinal));
    }
}
