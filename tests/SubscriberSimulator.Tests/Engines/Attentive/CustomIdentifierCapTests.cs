using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>
/// One request carries at most 1000 custom identifiers, wherever a user's identifiers are given (subscribe,
/// identify, v2 user attributes, custom event users): beyond it a 400 (160k once took over a minute of CPU).
/// </summary>
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

    [Fact]
    public async Task Identify_takes_a_thousand_custom_identifiers_and_refuses_one_more_without_change()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var accepted = await tenant.IdentifyAsync($"{{\"phone\":\"+19148440011\",\"customIdentifiers\":[{CustomIdentifiers("name", 1000)}]}}");
        var message = await tenant.AssertRefusedWithoutChangeAsync(
            () => tenant.IdentifyAsync($"{{\"phone\":\"+19148440012\",\"customIdentifiers\":[{CustomIdentifiers("name", 1001)}]}}"));

        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
        Assert.Equal(1001, tenant.UserByPhone("+19148440011")!.Identifiers.Count);
        Assert.Equal("customIdentifiers must contain at most 1000 items.", message);
        Assert.Null(tenant.UserByPhone("+19148440012"));
    }

    [Fact]
    public async Task A_v2_user_record_names_the_record_whose_custom_identifiers_are_over_the_cap()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var message = await tenant.AssertRefusedWithoutChangeAsync(
            () => tenant.UpsertUserAsync($"{{\"identifiers\":{{\"phone\":\"+19148440013\",\"customIdentifiers\":[{CustomIdentifiers("key", 1001)}]}}}}"));

        Assert.EndsWith("identifiers.customIdentifiers must contain at most 1000 items.", message, StringComparison.Ordinal);
        Assert.Null(tenant.UserByPhone("+19148440013"));
    }

    private static string CustomIdentifiers(string nameField, int count) =>
        string.Join(",", Enumerable.Range(0, count).Select(i => $"{{\"{nameField}\":\"n{i}\",\"value\":\"v{i}\"}}"));
}
