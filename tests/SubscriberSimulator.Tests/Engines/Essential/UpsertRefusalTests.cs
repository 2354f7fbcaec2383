using System.Net;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class UpsertRefusalTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task An_unsubscribed_subscriber_gets_405_and_nothing_changes_or_is_sent()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        await tenant.UpsertAsync("""{"phone_number":"5009998100"}""");
        tenant.Engine.StopReply(tenant.AccountSid, tenant.ChannelSid, "5009998100");
        var before = tenant.Snapshot();

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998100","status":"subscribed","external_user_id":"x","welcome_message_body":"Hi"}""");

        Assert.Contains("update endpoint", response.AssertError(HttpStatusCode.MethodNotAllowed), StringComparison.Ordinal);
        Assert.Equal(before, tenant.Snapshot());
    }

    [Theory]
    [InlineData(EssentialCarrierKind.Landline)]
    [InlineData(EssentialCarrierKind.Unreachable)]
    public async Task A_number_that_cannot_receive_messages_gets_412_and_nothing_is_stored(EssentialCarrierKind kind)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Engine.SeedCarrier(tenant.AccountSid, "+12025550100", kind);

        var response = await tenant.UpsertAsync("""{"phone_number":"2025550100"}""");

        var message = response.AssertError(HttpStatusCode.PreconditionFailed);
        Assert.DoesNotContain("2025550100", message, StringComparison.Ordinal);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task Unseeded_numbers_get_a_deterministic_mobile_carrier_and_a_seeded_carrier_name_is_used()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        using var other = EssentialTenant.Create(fixture.Server);
        tenant.Engine.SeedCarrier(tenant.AccountSid, "5009998102", EssentialCarrierKind.Mobile, "Example Mobile");

        var first = await tenant.UpsertAsync("""{"phone_number":"5009998101"}""");
        var again = await other.UpsertAsync("""{"phone_number":"5009998101"}""");
        var seeded = await tenant.UpsertAsync("""{"phone_number":"5009998102"}""");

        Assert.Contains(first.Str("carrier"), new[] { "AT&T Wireless", "Verizon Wireless", "T-Mobile USA" });
        Assert.Equal(first.Str("carrier"), again.Str("carrier"));
        Assert.Equal("Example Mobile", seeded.Str("carrier"));
    }

    [Fact]
    public async Task Carrier_names_are_written_without_html_escaping()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Engine.SeedCarrier(tenant.AccountSid, "5009998109", EssentialCarrierKind.Mobile, "AT&T Wireless");

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998109"}""");

        Assert.Contains("\"carrier\":\"AT&T Wireless\"", response.Raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500999808")]
    [InlineData("25009998080")]
    [InlineData("+445009998080")]
    [InlineData("0009998080")]
    [InlineData("500-999-8080")]
    [InlineData("")]
    public async Task A_malformed_phone_number_is_a_400(string phone)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.UpsertAsync($$$"""{"phone_number":"{{{phone}}}"}""");

        var message = response.AssertError(HttpStatusCode.BadRequest);
        Assert.Contains("phone_number", message, StringComparison.Ordinal);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Fact]
    public async Task A_number_of_the_right_shape_that_no_area_issues_names_the_rule()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.UpsertAsync("""{"phone_number":"1112228904"}""");

        Assert.Equal("phone_number is not a valid number for its region.", response.AssertError(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("two@@example.com")]
    [InlineData("sp ace@example.com")]
    public async Task A_malformed_email_address_is_a_400(string email)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.UpsertAsync($$$"""{"phone_number":"5009998103","email_address":"{{{email}}}"}""");

        Assert.Contains("email_address", response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Theory]
    [InlineData(""" "welcome_message_body":"Hi","send_welcome_series":true """)]
    [InlineData(""" "welcome_message_body":"Hi","workflow_sid_to_start":"WF" """)]
    [InlineData(""" "send_welcome_series":true,"workflow_sid_to_start":"WF" """)]
    public async Task More_than_one_welcome_choice_is_a_400(string fields)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Engine.AddWelcomeSeries(tenant.AccountSid, tenant.ChannelSid, new EssentialWelcomeSeriesDefinition { Name = "Default", ItemBodies = ["a"] });
        tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Sid = "WF", Name = "Flow" });

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998104",""" + fields + "}");

        Assert.Contains("mutually exclusive", response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task Send_welcome_series_false_does_not_count_as_a_choice()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998105","send_welcome_series":false,"welcome_message_body":"Hi"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
    }

    [Fact]
    public async Task A_series_requested_where_none_is_configured_is_a_400()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Engine.AddWelcomeSeries(tenant.AccountSid, tenant.ChannelSid, new EssentialWelcomeSeriesDefinition { Name = "Off", Enabled = false, ItemBodies = ["a"] });

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998106","send_welcome_series":true}""");

        Assert.Contains("no welcome series", response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Fact]
    public async Task An_unknown_channel_is_a_404_in_essentials_shape()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.SendAsync(
            HttpMethod.Post, "/essential/v2/account/channels/NoSuchChannel000000000/subscribers/upsert", """{"phone_number":"5009998107"}""");

        response.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_ch_prefixed_channel_sid_is_accepted()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.SendAsync(
            HttpMethod.Post, $"/essential/v2/account/channels/ch_{tenant.ChannelSid}/subscribers/upsert", """{"phone_number":"5009998108"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
    }
}
