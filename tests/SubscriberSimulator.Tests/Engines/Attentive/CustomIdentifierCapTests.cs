using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>One request carries at most 1000 custom identifiers: beyond it a 400 (160k once took over a minute of CPU).</summary>
public sealed class CustomIdentifierCapTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task More_than_a_thousand_custom_identifiers_are_400_and_change_nothing()
    {
        var tenant = AttentiveTenant.Create(fixture.Server);
        var identifiers = string.Join(",", Enumerable.Range(0, 1001).Select(i => $"{{\"name\":\"n{i}\",\"value\":\"v{i}\"}}"));

        var response = await tenant.SubscribeAsync(
            $"{{\"user\":{{\"phone\":\"+19148440001\"}},\"signUpSourceId\":\"{AttentiveTenant.MarketingUnit}\",\"externalIdentifiers\":{{\"customIdentifiers\":[{identifiers}]}}}}");

        Assert.Contains("at most 1000 items", response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Null(tenant.UserByPhone("+19148440001"));
    }
}
