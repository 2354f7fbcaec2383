using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>
/// A query <c>phone</c> whose '+' was sent unencoded arrives as a space: the answer says to encode it
/// as %2B. Checked in memory and over a loopback socket, since hosts decode query strings themselves.
/// </summary>
public sealed class PhoneQueryEncodingTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    private const string Expected = "phone must be E.164 and a '+' in a query string must be encoded as %2B (a raw '+' arrives as a space)";

    [Fact]
    public async Task An_unencoded_plus_in_the_eligibility_lookup_is_a_400_that_says_to_encode_it()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""");

        await AssertRawPlusRefusedAndEncodedPlusServed(tenant);
    }

    [Fact]
    public async Task The_same_holds_over_a_real_socket()
    {
        await using var server = await SimulatorServer.StartAsync();
        using var tenant = AttentiveTenant.Create(server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""");

        Assert.False(server.IsInMemory);
        await AssertRawPlusRefusedAndEncodedPlusServed(tenant);
    }

    [Theory]
    [InlineData("/subscriptions")]
    [InlineData("/users")]
    public async Task The_inspection_controls_say_the_same(string control)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.ControlAsync(HttpMethod.Get, control + "?phone=+19148440001");

        Assert.Equal(Expected, response.AssertError(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("phone=19148440001")]
    [InlineData("phone=%2B1%20914%20844%200001")]
    [InlineData("phone=%20")]
    public async Task Other_malformed_phones_keep_the_general_message(string query)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.EligibilityAsync(query);

        Assert.NotEqual(Expected, response.AssertError(HttpStatusCode.BadRequest));
    }

    private static async Task AssertRawPlusRefusedAndEncodedPlusServed(AttentiveTenant tenant)
    {
        var raw = await tenant.EligibilityAsync("phone=+19148440001");
        var encoded = await tenant.EligibilityAsync("phone=%2B19148440001");

        Assert.Equal(Expected, raw.AssertError(HttpStatusCode.BadRequest));
        Assert.Equal(["MARKETING/TEXT/false"], encoded.Eligibilities());
    }
}
