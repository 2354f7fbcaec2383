using System.Text.Json.Nodes;
using SubscriberSdk.Attentive;
using SubscriberSdk.Tests.Integration;
using SimulatorChannel = SubscriberSimulator.Engines.Attentive.AttentiveChannel;
using SimulatorScopes = SubscriberSimulator.Engines.Attentive.AttentiveScopes;

namespace SubscriberSdk.Tests.Attentive;

public sealed class AttentiveUsersClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Custom_attributes_are_stored_with_their_json_types_and_the_empty_200_is_a_typed_response()
    {
        using var tenant = new AttentiveTestTenant(simulator);

        var response = await tenant.Client.Users.SetCustomAttributesAsync(new AttentiveCustomAttributesRequest
        {
            User = new AttentiveEventUser { Phone = "+14155550401", Email = "Attr@Example.com" },
            Properties = new Dictionary<string, object> { ["age"] = "24", ["balance"] = 50.89m, ["vip"] = true, ["visits"] = 12 },
        });

        Assert.Equal(200, response.StatusCode);
        Assert.NotNull(response.Value);
        Assert.Contains("x-ratelimit-limit", response.Headers.Keys, StringComparer.OrdinalIgnoreCase);
        var user = tenant.Engine.FindUser(tenant.CompanyId, SimulatorChannel.Email, "attr@example.com")!;
        Assert.Contains("phone:+14155550401", user.Identifiers);
        var stored = StoredUser(tenant, user.Id)["customAttributes"]!;
        Assert.Equal("24", stored["age"]!.GetValue<string>());
        Assert.Equal(50.89m, stored["balance"]!.GetValue<decimal>());
        Assert.True(stored["vip"]!.GetValue<bool>());
        Assert.Equal(12, stored["visits"]!.GetValue<int>());
    }

    [Fact]
    public async Task Identify_links_a_client_user_id_that_custom_attributes_can_then_name_alone()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        var byClientId = new AttentiveCustomAttributesRequest
        {
            User = new AttentiveEventUser { ClientUserId = "cust-42" },
            Properties = new Dictionary<string, object> { ["plan"] = "pro" },
        };

        var unknown = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Users.SetCustomAttributesAsync(byClientId));
        var identified = await tenant.Client.Users.IdentifyAsync(new AttentiveUserIdentifiers
        {
            Email = "cust42@example.com",
            ClientUserId = "cust-42",
            CustomIdentifiers = [new AttentiveCustomIdentifier { Name = "loyaltyId", Value = "L-42" }],
        });
        await tenant.Client.Users.SetCustomAttributesAsync(byClientId);

        Assert.Equal(404, unknown.StatusCode);
        Assert.Equal(202, identified.StatusCode);
        Assert.NotNull(identified.Value);
        var user = tenant.Engine.FindUser(tenant.CompanyId, SimulatorChannel.Email, "cust42@example.com")!;
        Assert.Equal(["email:cust42@example.com", "clientUserId:cust-42", "custom:loyaltyId=L-42"], user.Identifiers);
        Assert.Equal("pro", user.CustomAttributes["plan"]);
    }

    [Fact]
    public async Task Upsert_creates_the_user_with_attributes_and_a_pending_text_subscription()
    {
        using var tenant = new AttentiveTestTenant(simulator);

        var response = await tenant.Client.Users.UpsertAsync(new AttentiveUserAttributesRequest
        {
            Identifiers = new AttentiveUserIdentifiers { Phone = "+14155550402", ShopifyId = "shop-402" },
            Attributes = new AttentiveUserAttributes
            {
                FirstName = "Ada",
                Demographic = new AttentiveUserDemographic { DateOfBirth = new DateOnly(1990, 4, 12), Age = 36 },
                Location = new AttentiveUserLocation { City = "Brooklyn" },
                Locale = new AttentiveLocale("French", "CA"),
                Custom = new Dictionary<string, object> { ["lucky number"] = 6 },
            },
            Subscriptions = [new AttentiveUserSubscription { SignUpSourceId = AttentiveTestTenant.SignUpSourceId, Channel = AttentiveSubscriptionChannel.Text }],
        });

        Assert.Equal(202, response.StatusCode);
        Assert.True(response.Value.Success);
        var user = tenant.Engine.FindUser(tenant.CompanyId, SimulatorChannel.Text, "+14155550402")!;
        Assert.Equal("Ada", user.Profile["firstName"]);
        Assert.Equal("1990-04-12", user.Profile["demographic.dateOfBirth"]);
        Assert.Equal("36", user.Profile["demographic.age"]);
        Assert.Equal("French", user.Profile["locale.language"]);
        Assert.Equal("6", user.CustomAttributes["lucky number"]);
        var subscription = Assert.Single(tenant.Engine.GetSubscriptions(tenant.CompanyId, SimulatorChannel.Text, "+14155550402"));
        Assert.Equal(SubscriberSimulator.Engines.Attentive.AttentiveSubscriptionState.Pending, subscription.State);
        Assert.Contains(tenant.Outbox(), message => message.Kind == "reply-y");
    }

    [Fact]
    public async Task Provider_refusals_map_to_the_sdk_exceptions()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        var readOnly = tenant.Engine.AddToken(tenant.CompanyId, [SimulatorScopes.SubscriptionsRead]);
        using var readOnlyTenant = new AttentiveTestTenant(simulator, o => o.AccessToken = readOnly);

        var unknownSource = await Assert.ThrowsAsync<RequestValidationException>(() => tenant.Client.Users.UpsertAsync(new AttentiveUserAttributesRequest
        {
            Identifiers = new AttentiveUserIdentifiers { Email = "v@example.com" },
            Subscriptions = [new AttentiveUserSubscription { SignUpSourceId = "nope", Channel = AttentiveSubscriptionChannel.Email }],
        }));
        var forbidden = await Assert.ThrowsAsync<AuthenticationFailedException>(() => readOnlyTenant.Client.Users.IdentifyAsync(
            new AttentiveUserIdentifiers { Phone = "+14155550403", ClientUserId = "c" }));

        Assert.Equal(400, unknownSource.StatusCode);
        Assert.Contains("signUpSourceId", unknownSource.ProviderMessage, StringComparison.Ordinal);
        Assert.Equal(403, forbidden.StatusCode);
        Assert.Contains("identity:write", forbidden.ProviderMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_is_retried_after_a_server_failure_because_a_replay_changes_nothing()
    {
        using var tenant = new AttentiveTestTenant(simulator, o =>
        {
            o.Retry.MaxRetries = 2;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        });
        tenant.Engine.FailNextSend(tenant.CompanyId);

        var response = await tenant.Client.Users.UpsertAsync(new AttentiveUserAttributesRequest
        {
            Identifiers = new AttentiveUserIdentifiers { Phone = "+14155550404" },
            Subscriptions = [new AttentiveUserSubscription { SignUpSourceId = AttentiveTestTenant.SignUpSourceId, Channel = AttentiveSubscriptionChannel.Text, SingleOptIn = true }],
        });

        Assert.Equal(202, response.StatusCode);
        Assert.Equal(2, response.Attempts);
        Assert.Single(tenant.Engine.GetSubscriptions(tenant.CompanyId, SimulatorChannel.Text, "+14155550404"));
    }

    private static JsonNode StoredUser(AttentiveTestTenant tenant, string userId)
    {
        var company = tenant.Engine.ExportState()["tenants"]!.AsArray().Single(t => (string?)t!["id"] == tenant.CompanyId)!;
        return company["state"]!["users"]!.AsArray().Single(u => (string?)u!["id"] == userId)!;
    }
}
