using System.Net;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>POST /v1/identity-resolution/user-identifiers: identifiers linked to one user.</summary>
public sealed class IdentityTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task Every_identifier_is_linked_to_one_new_user_and_the_answer_is_202_without_a_body()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.IdentifyAsync("""
            {"phone":"+19148440001","email":"jane@example.com","shopifyId":"s-1","klaviyoId":"k-1","clientUserId":"cust-1",
             "customIdentifiers":[{"name":"loyaltyId","value":"1122"}]}
            """);

        Assert.Equal(HttpStatusCode.Accepted, response.Status);
        Assert.Equal(JsonValueKind.Undefined, response.Body.ValueKind);
        Assert.Equal(
            ["phone:+19148440001", "email:jane@example.com", "shopifyId:s-1", "klaviyoId:k-1", "clientUserId:cust-1", "custom:loyaltyId=1122"],
            tenant.UserByPhone("+19148440001")!.Identifiers);
    }

    [Fact]
    public async Task An_identifier_of_another_user_moves_and_a_user_left_without_identifiers_is_gone()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.IdentifyAsync("""{"phone":"+19148440002","clientUserId":"keep"}""");
        await tenant.IdentifyAsync("""{"email":"moving@example.com","klaviyoId":"k-2"}""");
        var movingUser = tenant.UserByEmail("moving@example.com")!.Id;

        await tenant.IdentifyAsync("""{"phone":"+19148440002","email":"moving@example.com","klaviyoId":"k-2"}""");
        var description = await tenant.ControlAsync(HttpMethod.Get, string.Empty);

        var user = tenant.UserByPhone("+19148440002")!;
        Assert.Equal(["phone:+19148440002", "clientUserId:keep", "email:moving@example.com", "klaviyoId:k-2"], user.Identifiers);
        Assert.NotEqual(movingUser, user.Id);
        Assert.Equal(1, description.Body.GetProperty("users").GetInt32());
    }

    [Fact]
    public async Task The_first_known_identifier_in_lookup_order_picks_the_user()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.IdentifyAsync("""{"email":"by-email@example.com","clientUserId":"by-email"}""");
        await tenant.IdentifyAsync("""{"phone":"+19148440003","clientUserId":"by-phone"}""");
        var phoneUser = tenant.UserByPhone("+19148440003")!.Id;

        await tenant.IdentifyAsync("""{"email":"by-email@example.com","phone":"+19148440003","shopifyId":"s-3"}""");

        Assert.Equal(phoneUser, tenant.UserByEmail("by-email@example.com")!.Id);
        Assert.Contains("shopifyId:s-3", tenant.UserByPhone("+19148440003")!.Identifiers);
    }

    [Fact]
    public async Task Repeating_a_request_changes_nothing()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        const string Body = """{"phone":"+19148440004","clientUserId":"c-4","customIdentifiers":[{"name":"crm","value":"4"}]}""";
        await tenant.IdentifyAsync(Body);
        var before = tenant.Snapshot();

        var again = await tenant.IdentifyAsync(Body);

        Assert.Equal(HttpStatusCode.Accepted, again.Status);
        Assert.Equal(before, tenant.Snapshot());
    }

    [Theory]
    [InlineData("""{}""", "at least one identifier")]
    [InlineData("""{"clientUserId":"alone"}""", "at least one other identifier")]
    [InlineData("""{"customIdentifiers":[{"name":"crm","value":"alone"}]}""", "at least one other identifier")]
    [InlineData("""{"email":"a@example.com","customIdentifiers":[{"name":"crm"}]}""", "value")]
    [InlineData("""{"phone":"19148440005","clientUserId":"c"}""", "phone")]
    [InlineData("""{"shopifyId":"","clientUserId":"c"}""", "shopifyId")]
    public async Task Bad_input_is_a_400_and_nothing_is_linked(string body, string expected)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var message = await tenant.AssertRefusedWithoutChangeAsync(() => tenant.IdentifyAsync(body));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_over_100_characters_are_a_400()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.IdentifyAsync($$"""{"email":"a@example.com","clientUserId":"{{new string('c', 101)}}"}""");

        Assert.Contains("clientUserId", response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
