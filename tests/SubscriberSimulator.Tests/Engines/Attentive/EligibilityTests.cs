using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class EligibilityTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task A_phone_lists_only_its_TEXT_subscriptions_and_pending_ones_are_not_eligible()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001"}""");
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1002","singleOptIn":true}""");

        var response = await tenant.EligibilityByPhoneAsync("+19148440001");

        Assert.Equal(["MARKETING/TEXT/false", "TRANSACTIONAL/TEXT/true"], response.Eligibilities());
    }

    [Fact]
    public async Task An_email_lists_only_its_EMAIL_subscriptions()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001"}""");

        var response = await tenant.EligibilityAsync("email=ADA%40example.com");

        Assert.Equal(["MARKETING/EMAIL/true"], response.Eligibilities());
    }

    [Fact]
    public async Task An_unknown_identifier_is_a_404()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.EligibilityByPhoneAsync("+19148440009");

        response.AssertError(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("phone=%2B19148440001&email=ada%40example.com")]
    [InlineData("phone=+19148440001")]
    [InlineData("phone=19148440001")]
    [InlineData("email=not-an-email")]
    public async Task Neither_both_or_a_malformed_identifier_is_a_400(string query)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001"}""");

        var response = await tenant.EligibilityAsync(query);

        response.AssertError(HttpStatusCode.BadRequest);
    }
}
