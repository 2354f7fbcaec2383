using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>
/// A company holds at most <see cref="SimulatorOptions.MaxSubscribersPerTenant"/> contacts and users
/// together: a call that would add one more is Attentive's 403 and changes nothing; a v2 bulk job,
/// validated whole, is refused whole naming the record.
/// </summary>
public sealed class SubscriberCapTests : IDisposable
{
    private const string CapMessage = "already holds the most contacts and users the simulator keeps per company (2)";

    private readonly SimulatorServer _server;

    public SubscriberCapTests()
    {
        var options = new SimulatorOptions { MaxSubscribersPerTenant = 2 };
        options.RateLimits.Enabled = false;
        _server = SimulatorServer.CreateInMemory(options);
    }

    [Fact]
    public async Task A_subscription_that_would_add_a_contact_beyond_the_cap_is_403_and_changes_nothing()
    {
        using var tenant = AttentiveTenant.Create(_server);
        Assert.Equal(HttpStatusCode.Accepted, (await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""")).Status);
        Assert.Equal(HttpStatusCode.Accepted, (await tenant.SubscribeAsync("""{"user":{"email":"a@example.com"},"signUpSourceId":"1001"}""")).Status);

        var message = await tenant.AssertRefusedWithoutChangeAsync(
            () => tenant.SubscribeAsync("""{"user":{"phone":"+19148440002"},"signUpSourceId":"1001"}"""), HttpStatusCode.Forbidden);
        var again = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1002"}""");

        Assert.Contains(CapMessage, message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, again.Status);
    }

    [Fact]
    public async Task Custom_attributes_that_would_create_a_user_beyond_the_cap_are_403()
    {
        using var tenant = AttentiveTenant.Create(_server);
        Assert.Equal(HttpStatusCode.OK, (await tenant.SetCustomAttributesAsync("""{"properties":{"city":"Chicago"},"user":{"email":"a@example.com"}}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await tenant.SetCustomAttributesAsync("""{"properties":{"city":"Boston"},"user":{"email":"b@example.com"}}""")).Status);

        var message = await tenant.AssertRefusedWithoutChangeAsync(
            () => tenant.SetCustomAttributesAsync("""{"properties":{"city":"Denver"},"user":{"email":"c@example.com"}}"""), HttpStatusCode.Forbidden);

        Assert.Contains(CapMessage, message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await tenant.SetCustomAttributesAsync("""{"properties":{"city":"Austin"},"user":{"email":"a@example.com"}}""")).Status);
    }

    [Fact]
    public async Task A_bulk_job_past_the_cap_is_refused_whole_naming_the_record()
    {
        using var tenant = AttentiveTenant.Create(_server);
        const string threeUsers = """
            {"users":[
              {"identifiers":{"clientUserId":"c1"}},
              {"identifiers":{"clientUserId":"c2"}},
              {"identifiers":{"clientUserId":"c3"}}]}
            """;

        var message = await tenant.AssertRefusedWithoutChangeAsync(() => tenant.SubmitBulkAsync(threeUsers), HttpStatusCode.Forbidden);

        Assert.StartsWith("users[2]: ", message, StringComparison.Ordinal);
        Assert.Contains(CapMessage, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_import_beyond_the_cap_is_refused_naming_the_section_and_company()
    {
        var options = new SimulatorOptions();
        options.RateLimits.Enabled = false;
        using var large = SimulatorServer.CreateInMemory(options);
        using var source = AttentiveTenant.Create(large);
        foreach (var phone in new[] { "+19148440001", "+19148440002", "+19148440003" })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await source.SubscribeAsync($$"""{"user":{"phone":"{{phone}}"},"signUpSourceId":"1001"}""")).Status);
        }

        using var small = AttentiveTenant.Create(_server);
        var before = small.Snapshot();

        var error = Assert.Throws<InvalidDataException>(() => small.Engine.ImportState(source.Engine.ExportState()));

        Assert.Contains("Attentive section", error.Message, StringComparison.Ordinal);
        Assert.Contains($"company '{source.CompanyId}' holds 3 contacts and users", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, small.Snapshot());
    }

    public void Dispose() => _server.Dispose();
}
