using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>
/// Emails are trimmed and checked as the other three providers do: "nl@example.com\n" (which the
/// spec's email format lets through) is the same
/// contact as "nl@example.com", and an address with a control character (NUL) is refused.
/// </summary>
public sealed class EmailIdentityTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Theory]
    [InlineData("nl@example.com\\n")]
    [InlineData("NL@Example.com")]
    public async Task Surrounding_whitespace_and_case_reach_the_same_contact(string variant)
    {
        var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync($$"""{"user":{"email":"nl@example.com"},"signUpSourceId":"{{AttentiveTenant.MarketingUnit}}","singleOptIn":true}""");

        var response = await tenant.UnsubscribeAsync($$$"""{"user":{"email":"{{{variant}}}"}}""");

        Assert.Equal(["MARKETING/EMAIL/NEWLY_UNSUBSCRIBED"], response.UnsubscribeResults());
        Assert.Equal(["Marketing/Unsubscribed"], tenant.EmailSubscriptions("nl@example.com"));
    }

    [Theory]
    [InlineData("nl@example.com\\u0000")]
    [InlineData("nl\\u0007@example.com")]
    public async Task An_email_with_a_control_character_is_400_and_changes_nothing(string variant)
    {
        var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync($$"""{"user":{"email":"{{variant}}"},"signUpSourceId":"{{AttentiveTenant.MarketingUnit}}","singleOptIn":true}""");

        Assert.Contains("valid email address", response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(tenant.Outbox);
        Assert.Null(tenant.UserByEmail("nl@example.com"));
    }
}
