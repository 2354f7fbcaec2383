using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>POST /v2/user/attributes: one user created or updated with attributes, identifiers and subscriptions.</summary>
public sealed class UserAttributesTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    private const string Jane = """
        {"attributes":{"firstName":"Jane","lastName":"Doe","demographic":{"dateOfBirth":"1990-04-12","age":35},
                       "location":{"city":"Brooklyn","country":"US"},"custom":{"favorite color":"green","lucky number":6}},
         "subscriptions":[{"signUpSourceId":"1001","channel":"TEXT","singleOptIn":false}],
         "identifiers":{"phone":"+19148440001","email":"jane@example.com","clientUserId":"cust-1","customIdentifiers":[{"key":"loyaltyId","value":"77"}]}}
        """;

    [Fact]
    public async Task A_new_user_gets_its_identifiers_attributes_and_a_pending_text_subscription()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.UpsertUserAsync(Jane);
        var eligibility = await tenant.EligibilityByPhoneAsync("+19148440001");

        Assert.Equal(HttpStatusCode.Accepted, response.Status);
        Assert.True(response.Body.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrEmpty(response.Body.GetProperty("message").GetString()));
        Assert.Equal(["MARKETING/TEXT/false"], eligibility.Eligibilities());
        Assert.Equal(["reply-y:sms:+19148440001", "legal-disclosure:sms:+19148440001"], tenant.OutboxKinds);
        var user = tenant.UserByPhone("+19148440001")!;
        Assert.Equal(["phone:+19148440001", "email:jane@example.com", "clientUserId:cust-1", "custom:loyaltyId=77"], user.Identifiers);
        Assert.Equal("Jane", user.Profile["firstName"]);
        Assert.Equal("35", user.Profile["demographic.age"]);
        Assert.Equal("Brooklyn", user.Profile["location.city"]);
        Assert.Equal("6", user.CustomAttributes["lucky number"]);
    }

    [Fact]
    public async Task A_later_record_updates_the_user_its_identifiers_find_and_keeps_the_other_fields()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.UpsertUserAsync(Jane);

        var update = await tenant.UpsertUserAsync("""
            {"attributes":{"firstName":"Janet","custom":{"favorite color":"blue"}},
             "subscriptions":[{"signUpSourceId":"1001","channel":"TEXT"}],
             "identifiers":{"clientUserId":"cust-1","shopifyId":"shop-1","phone":"+19148440001"}}
            """);

        Assert.Equal(HttpStatusCode.Accepted, update.Status);
        var user = tenant.UserByPhone("+19148440001")!;
        Assert.Equal("Janet", user.Profile["firstName"]);
        Assert.Equal("Doe", user.Profile["lastName"]);
        Assert.Equal("blue", user.CustomAttributes["favorite color"]);
        Assert.Contains("shopifyId:shop-1", user.Identifiers);
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions("+19148440001"));
    }

    [Fact]
    public async Task An_existing_subscription_is_recorded_again_and_single_opt_in_skips_the_reply_y_text()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        const string Body = """
            {"subscriptions":[{"signUpSourceId":"1002","channel":"TEXT","singleOptIn":true},{"signUpSourceId":"1002","channel":"TEXT"},
                              {"signUpSourceId":"1001","channel":"EMAIL"}],
             "identifiers":{"phone":"+19148440002","email":"two@example.com"}}
            """;

        await tenant.UpsertUserAsync(Body);
        await tenant.UpsertUserAsync(Body);

        Assert.Equal(["Transactional/Active"], tenant.TextSubscriptions("+19148440002"));
        Assert.Equal(["Marketing/Active"], tenant.EmailSubscriptions("two@example.com"));
        Assert.Equal(
            ["legal-disclosure:sms:+19148440002", "legal-disclosure:email:two@example.com", "already-subscribed:sms:+19148440002"],
            tenant.OutboxKinds);
    }

    [Theory]
    [InlineData("""{"identifiers":{}}""", "identifiers")]
    [InlineData("""{"identifiers":{"customIdentifiers":[]}}""", "identifiers must contain at least one identifier")]
    [InlineData("""{"attributes":{"firstName":"x"}}""", "identifiers")]
    [InlineData("""{"identifiers":{"phone":"+19148440003"},"subscriptions":[{"signUpSourceId":"1001","channel":"EMAIL"}]}""", "identifiers.email is required")]
    [InlineData("""{"identifiers":{"email":"x@example.com"},"subscriptions":[{"signUpSourceId":"1001","channel":"TEXT"}]}""", "identifiers.phone is required")]
    [InlineData("""{"identifiers":{"phone":"+19148440003"},"subscriptions":[{"signUpSourceId":"nope","channel":"TEXT"}]}""", "subscriptions[0].signUpSourceId")]
    [InlineData("""{"identifiers":{"phone":"+19148440003"},"subscriptions":[{"signUpSourceId":"1005","channel":"TEXT"}]}""", "not an API sign-up unit")]
    [InlineData("""{"identifiers":{"phone":"+19148440003"},"attributes":{"custom":{"tags":["a"]}}}""", "custom")]
    [InlineData("""{"identifiers":{"phone":"(914) 844-0003"}}""", "phone")]
    public async Task Bad_input_is_a_400_and_the_user_is_left_unchanged(string body, string expected)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var message = await tenant.AssertRefusedWithoutChangeAsync(() => tenant.UpsertUserAsync(body));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_has_at_most_100_custom_attribute_names_through_v2_but_v1_has_no_limit()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var ninetyNine = string.Join(",", Enumerable.Range(0, 99).Select(i => $"\"n{i}\":\"v\""));
        await tenant.SetCustomAttributesAsync($$$"""{"properties":{{{{ninetyNine}}}},"user":{"phone":"+19148440004"}}""");
        var before = tenant.Snapshot();

        var twoMore = await tenant.UpsertUserAsync("""{"identifiers":{"phone":"+19148440004"},"attributes":{"firstName":"A","custom":{"new1":"x","new2":"y"}}}""");
        var unchanged = tenant.Snapshot();
        var oneMore = await tenant.UpsertUserAsync("""{"identifiers":{"phone":"+19148440004"},"attributes":{"custom":{"new1":"x","n0":"w"}}}""");
        var v1Beyond = await tenant.SetCustomAttributesAsync("""{"properties":{"new2":"y","new3":"z"},"user":{"phone":"+19148440004"}}""");

        Assert.Contains("at most 100", twoMore.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.Accepted, oneMore.Status);
        Assert.Equal(HttpStatusCode.OK, v1Beyond.Status);
    }

    [Fact]
    public async Task A_failed_send_is_a_500_and_nothing_is_stored()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var before = tenant.Snapshot();
        tenant.Engine.FailNextSend(tenant.CompanyId);

        var failed = await tenant.UpsertUserAsync(Jane);
        var unchanged = tenant.Snapshot();
        var retried = await tenant.UpsertUserAsync(Jane);

        failed.AssertError(HttpStatusCode.InternalServerError);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.Accepted, retried.Status);
    }
}
