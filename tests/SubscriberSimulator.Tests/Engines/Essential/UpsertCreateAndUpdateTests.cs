using System.Net;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class UpsertCreateAndUpdateTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task First_upsert_creates_a_subscribed_subscriber_and_sends_the_channel_welcome()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.UpsertAsync("""{"phone_number":"15009998080","email_address":"Joe@Example.com","external_user_id":"ext-1"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("5009998080", response.Str("phone_number"));
        Assert.Equal("subscribed", response.Str("status"));
        Assert.Equal(JsonValueKindString, response.Body.GetProperty("subscribed_at").ValueKind);
        Assert.Equal("joe@example.com", response.Str("email_address"));
        Assert.Equal("ext-1", response.Str("external_user_id"));
        Assert.Equal(tenant.AccountSid, response.Str("account_sid"));
        Assert.Equal(tenant.ChannelSid, response.Str("channel_sid"));
        Assert.Equal(22, response.Str("sid").Length);
        var welcome = Assert.Single(tenant.Outbox);
        Assert.Equal("welcome", welcome.Kind);
        Assert.Equal("+15009998080", welcome.To);
        Assert.Equal("sms", welcome.Channel);
        Assert.Equal(EssentialChannelDefinition.DefaultWelcomeMessage, welcome.Body);
    }

    [Fact]
    public async Task Upsert_of_an_existing_number_updates_with_200_and_sends_no_welcome()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var created = await tenant.UpsertAsync("""{"phone_number":"5009998081"}""");

        var updated = await tenant.UpsertAsync("""{"phone_number":"+15009998081","email_address":"new@example.com"}""");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(created.Str("sid"), updated.Str("sid"));
        Assert.Equal("new@example.com", updated.Str("email_address"));
        Assert.Single(tenant.Outbox);
        Assert.Single(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Theory]
    [InlineData("5009998082")]
    [InlineData("15009998082")]
    [InlineData("+15009998082")]
    public async Task Every_accepted_phone_form_is_stored_and_returned_as_ten_digits(string phone)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.UpsertAsync($$$"""{"phone_number":"{{{phone}}}"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("5009998082", response.Str("phone_number"));
    }

    [Fact]
    public async Task A_welcome_message_body_replaces_the_channel_welcome()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        await tenant.UpsertAsync("""{"phone_number":"5009998083","welcome_message_body":"Hi from the test"}""");

        var message = Assert.Single(tenant.Outbox);
        Assert.Equal("welcome", message.Kind);
        Assert.Equal("Hi from the test", message.Body);
    }

    [Fact]
    public async Task A_channel_without_a_welcome_sends_nothing_to_a_new_subscriber()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998084"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task Status_unconfirmed_creates_the_subscriber_without_subscribing_or_welcoming()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998085","status":"unconfirmed","welcome_message_body":"Hello"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("unconfirmed", response.Str("status"));
        Assert.Equal(JsonValueKindNull, response.Body.GetProperty("subscribed_at").ValueKind);
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task An_unconfirmed_subscriber_can_be_subscribed_by_upsert_without_a_welcome()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        await tenant.UpsertAsync("""{"phone_number":"5009998086","status":"unconfirmed"}""");

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998086","status":"subscribed"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("subscribed", response.Str("status"));
        Assert.Equal(JsonValueKindString, response.Body.GetProperty("subscribed_at").ValueKind);
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task Timestamps_come_from_the_simulator_clock_with_milliseconds()
    {
        using var server = SimulatorServer.CreateInMemory();
        server.Clock.Freeze();
        server.Clock.SetUtcNow(new DateTimeOffset(2030, 1, 2, 3, 4, 5, 678, TimeSpan.Zero));
        using var tenant = EssentialTenant.Create(server);

        var created = await tenant.UpsertAsync("""{"phone_number":"5009998087"}""");
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var updated = await tenant.UpsertAsync("""{"phone_number":"5009998087","external_user_id":"x"}""");

        Assert.Equal("2030-01-02T03:04:05.678Z", created.Str("created_at"));
        Assert.Equal("2030-01-02T03:04:05.678Z", created.Str("carrier_updated_at"));
        Assert.Equal("2030-01-02T03:04:05.678Z", updated.Str("created_at"));
        Assert.Equal("2030-01-02T03:05:05.678Z", updated.Str("updated_at"));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindString = System.Text.Json.JsonValueKind.String;
    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
