using System.Net;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>POST /v1/attributes/custom: attributes on the user a phone, email or linked external identifier names.</summary>
public sealed class CustomAttributeTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task Attributes_go_on_a_new_user_for_an_unknown_phone_and_email_and_the_answer_is_200_without_a_body()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SetCustomAttributesAsync("""
            {"properties":{"age":"24","favorite team":"Minnesota Vikings","Gift card balance":50.89,"VIP":true},
             "user":{"phone":"+19148440001","email":"Jane.Doe@example.com"}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Undefined, response.Body.ValueKind);
        var user = tenant.UserByPhone("+19148440001")!;
        Assert.Equal(user.Id, tenant.UserByEmail("jane.doe@example.com")!.Id);
        Assert.Equal(["phone:+19148440001", "email:jane.doe@example.com"], user.Identifiers);
        Assert.Equal("24", user.CustomAttributes["age"]);
        Assert.Equal("50.89", user.CustomAttributes["Gift card balance"]);
        Assert.Equal("true", user.CustomAttributes["VIP"]);
        Assert.Empty(tenant.TextSubscriptions("+19148440001"));
    }

    [Fact]
    public async Task The_first_value_fixes_the_type_and_a_later_call_replaces_only_the_names_it_sends()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SetCustomAttributesAsync("""{"properties":{"age":"24","city":"Chicago"},"user":{"email":"a@example.com"}}""");

        var update = await tenant.SetCustomAttributesAsync("""{"properties":{"age":"twenty-five"},"user":{"email":"a@example.com"}}""");
        var names = await tenant.ControlAsync(HttpMethod.Get, "/custom-attributes");

        Assert.Equal(HttpStatusCode.OK, update.Status);
        var user = tenant.UserByEmail("a@example.com")!;
        Assert.Equal("twenty-five", user.CustomAttributes["age"]);
        Assert.Equal("Chicago", user.CustomAttributes["city"]);
        var types = names.Body.EnumerateArray().ToDictionary(item => item.GetProperty("name").GetString()!, item => item.GetProperty("type").GetString());
        Assert.Equal("NUMBER", types["age"]);
        Assert.Equal("TEXT", types["city"]);
    }

    [Fact]
    public async Task Sending_the_same_values_again_changes_nothing()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        const string Body = """{"properties":{"tier":"gold"},"user":{"phone":"+19148440002"}}""";
        await tenant.SetCustomAttributesAsync(Body);
        var before = tenant.Snapshot();

        var again = await tenant.SetCustomAttributesAsync(Body);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(before, tenant.Snapshot());
    }

    [Theory]
    [InlineData("""{"properties":{"cities":["chicago","new york"]},"user":{"phone":"+19148440003"}}""")]
    [InlineData("""{"properties":{"address":{"city":"Chicago"}},"user":{"phone":"+19148440003"}}""")]
    [InlineData("""{"properties":{"nothing":null},"user":{"phone":"+19148440003"}}""")]
    [InlineData("""{"properties":{"ok":"1"},"user":{}}""")]
    [InlineData("""{"properties":{"ok":"1"},"user":{"externalIdentifiers":{}}}""")]
    [InlineData("""{"properties":{"ok":"1"},"user":{"phone":"19148440003"}}""")]
    [InlineData("""{"user":{"phone":"+19148440003"}}""")]
    public async Task Bad_input_is_a_400_and_nothing_is_stored(string body)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.AssertRefusedWithoutChangeAsync(() => tenant.SetCustomAttributesAsync(body));
    }

    [Fact]
    public async Task A_name_longer_than_200_characters_is_a_400()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var name = new string('n', 201);

        var tooLong = await tenant.SetCustomAttributesAsync($$$"""{"properties":{"{{{name}}}":"x"},"user":{"phone":"+19148440004"}}""");
        var longest = await tenant.SetCustomAttributesAsync($$$"""{"properties":{"{{{name[..200]}}}":"x"},"user":{"phone":"+19148440004"}}""");

        Assert.Contains("200 characters", tooLong.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, longest.Status);
    }

    [Fact]
    public async Task A_name_defined_with_enumerated_values_takes_only_those_and_custom_input_takes_any()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var defined = await tenant.ControlAsync(HttpMethod.Post, "/custom-attributes", """{"name":"Age group","values":["Adult","Teen","Children's"]}""");
        await tenant.ControlAsync(HttpMethod.Post, "/custom-attributes", """{"name":"Nickname"}""");
        var before = tenant.Snapshot();

        var refused = await tenant.SetCustomAttributesAsync("""{"properties":{"Age group":"Senior","Nickname":"Jo"},"user":{"phone":"+19148440005"}}""");
        var unchanged = tenant.Snapshot();
        var accepted = await tenant.SetCustomAttributesAsync("""{"properties":{"Age group":"Teen","Nickname":"anything at all"},"user":{"phone":"+19148440005"}}""");

        Assert.Equal(HttpStatusCode.Created, defined.Status);
        Assert.Contains("Adult, Teen, Children's", refused.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal("Teen", tenant.UserByPhone("+19148440005")!.CustomAttributes["Age group"]);
    }

    [Fact]
    public async Task External_identifiers_alone_find_a_user_only_once_identify_linked_them()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        const string ByClientId = """{"properties":{"plan":"pro"},"user":{"externalIdentifiers":{"clientUserId":"cust-7"}}}""";

        var unknown = await tenant.SetCustomAttributesAsync(ByClientId);
        await tenant.IdentifyAsync("""{"email":"cust7@example.com","clientUserId":"cust-7"}""");
        var known = await tenant.SetCustomAttributesAsync(ByClientId);
        var byCustom = await tenant.SetCustomAttributesAsync("""{"properties":{"plan":"team"},"user":{"externalIdentifiers":{"customIdentifiers":[{"name":"crm","value":"9"}]}}}""");

        Assert.Contains("identity-resolution", unknown.AssertError(HttpStatusCode.NotFound), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal("pro", tenant.UserByEmail("cust7@example.com")!.CustomAttributes["plan"]);
        byCustom.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_phone_known_to_one_user_and_a_new_email_join_that_user_but_nothing_moves_between_users()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.IdentifyAsync("""{"phone":"+19148440006","clientUserId":"p-6"}""");
        await tenant.IdentifyAsync("""{"email":"other@example.com","clientUserId":"o-6"}""");

        await tenant.SetCustomAttributesAsync("""{"properties":{"x":"1"},"user":{"phone":"+19148440006","email":"new6@example.com"}}""");
        await tenant.SetCustomAttributesAsync("""{"properties":{"y":"2"},"user":{"phone":"+19148440006","email":"other@example.com"}}""");

        var phoneUser = tenant.UserByPhone("+19148440006")!;
        Assert.Equal(["phone:+19148440006", "clientUserId:p-6", "email:new6@example.com"], phoneUser.Identifiers);
        Assert.Equal("2", phoneUser.CustomAttributes["y"]);
        Assert.Empty(tenant.UserByEmail("other@example.com")!.CustomAttributes);
    }
}
