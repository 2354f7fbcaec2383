using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Attentive;
using SubscriberSdk.Tests.Essential;
using SubscriberSdk.Tests.MobileTextAlerts;
using SubscriberSdk.Tests.Sequenzy;

namespace SubscriberSdk.Tests.Integration;

/// <summary>
/// What cannot succeed is refused before anything is sent: this class has its own simulator, and its
/// request journal must stay empty.
/// </summary>
public sealed class ClientSideValidationTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Essential_requests_that_cannot_succeed_are_not_sent()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var subscribers = tenant.Client.Subscribers;

        await Rejected(() => subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = " " }), "request.PhoneNumber");
        await Rejected(() => subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "+442071838750" }), "request.PhoneNumber");
        await Rejected(() => subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550101", EmailAddress = "jane@" }), "request.EmailAddress");
        await Rejected(() => subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest
        {
            PhoneNumber = "4155550101",
            TagSids = Enumerable.Range(0, 1001).Select(i => $"TG{i}").ToList(),
        }), "request.TagSids");
        await Rejected(() => subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550101", Welcome = EssentialWelcome.Message("") }), "request.Welcome.MessageBody");
        await Rejected(() => subscribers.UpsertAsync("", new EssentialUpsertRequest { PhoneNumber = "4155550101" }), "channelSid");
        await Rejected(() => subscribers.UpdateAsync("SB1", new EssentialSubscriberUpdate()), "update");
        await Rejected(() => subscribers.ListAsync(pageSize: 0).ToListAsync().AsTask(), "pageSize");

        AssertNothingSent();
    }

    [Fact]
    public async Task Mobile_Text_Alerts_requests_that_cannot_succeed_are_not_sent()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var subscribers = tenant.Client.Subscribers;

        await Rejected(() => subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { FirstName = "No key" }), "request");
        // Ten national digits are a number (read with DefaultRegion); nine are not.
        await Rejected(() => subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "415555012" }), "request.PhoneNumber");
        await Rejected(() => subscribers.BulkCreateAsync(Enumerable.Range(0, 1001).Select(i => new MobileTextAlertsSubscriberRequest { Email = $"u{i}@example.com" })), "records");
        await Rejected(() => subscribers.BulkCreateAsync([]), "records");
        await Rejected(() => subscribers.BulkUpdateAsync([new MobileTextAlertsBulkUpdate { PhoneNumber = "+14155550123", Email = "a@example.com", Changes = new() }]), "updates[0]");
        await Rejected(() => subscribers.BulkUpdateAsync([new MobileTextAlertsBulkUpdate { Changes = new() }]), "updates[0]");
        await Rejected(() => subscribers.GetAsync("+1415"), "idOrNumberOrEmail");
        await Rejected(() => tenant.Client.Unsubscribes.UnsubscribeAsync("not a phone"), "phoneNumber");

        AssertNothingSent();
    }

    [Fact]
    public async Task Sequenzy_requests_that_cannot_succeed_are_not_sent()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        await Rejected(() => tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { FirstName = "Nobody" }), "request");
        await Rejected(() => tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "a b@example.com" }), "request.Email");
        await Rejected(() => tenant.Client.Subscribers.GetAsync(SequenzySubscriberKey.ByExternalId(" ")), "key");
        await Rejected(() => tenant.Client.Imports.CreateAsync(Enumerable.Range(0, 5001).Select(i => new SequenzySubscriberRequest { Email = $"u{i}@example.com" })), "records");
        await Rejected(() => tenant.Client.Imports.CreateAsync([new SequenzySubscriberRequest { Email = "a@example.com" }], new SequenzyImportOptions { IdempotencyKey = " " }), "options.IdempotencyKey");
        await Rejected(() => tenant.Client.Lists.AddSubscribersAsync("list", Enumerable.Range(0, 101).Select(i => $"u{i}@example.com")), "emails");
        await Rejected(() => tenant.Client.Subscribers.UpdateAsync(SequenzySubscriberKey.ByEmail("a@example.com"), new SequenzySubscriberUpdate
        {
            CustomAttributesStrategy = SequenzyCustomAttributesStrategy.Merge,
        }), "update.CustomAttributesStrategy");

        AssertNothingSent();
    }

    [Fact]
    public async Task Attentive_requests_that_cannot_succeed_are_not_sent()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        var subscriptions = tenant.Client.Subscriptions;

        await Rejected(() => subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+14155550123" }), "request.SignUpSourceId");
        await Rejected(() => subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+1---914---844---0001", SignUpSourceId = "s" }), "request.Phone");
        await Rejected(() => subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { SignUpSourceId = "s" }), "request");
        await Rejected(() => subscriptions.UnsubscribeAsync(new AttentiveUnsubscribeRequest { Email = "a@example.com", NotificationLanguage = "de-DE" }), "request.NotificationLanguage");
        await Rejected(() => subscriptions.GetAsync(), "phone");

        var users = tenant.Client.Users;
        var phoneUser = new AttentiveEventUser { Phone = "+14155550123" };
        await Rejected(() => users.SetCustomAttributesAsync(new AttentiveCustomAttributesRequest { User = phoneUser }), "Properties");
        await Rejected(() => users.SetCustomAttributesAsync(new AttentiveCustomAttributesRequest
        {
            User = phoneUser,
            Properties = new Dictionary<string, object> { ["cities"] = new[] { "chicago" } },
        }), "Properties");
        await Rejected(() => users.SetCustomAttributesAsync(new AttentiveCustomAttributesRequest
        {
            User = phoneUser,
            Properties = new Dictionary<string, object> { [new string('n', 201)] = "x" },
        }), "Properties");
        await Rejected(() => users.SetCustomAttributesAsync(new AttentiveCustomAttributesRequest
        {
            User = new AttentiveEventUser(),
            Properties = new Dictionary<string, object> { ["a"] = "b" },
        }), "User");
        await Rejected(() => users.IdentifyAsync(new AttentiveUserIdentifiers { ClientUserId = "alone" }), "identifiers");
        await Rejected(() => users.IdentifyAsync(new AttentiveUserIdentifiers { Email = "a@example.com", ClientUserId = new string('c', 101) }), "identifiers.ClientUserId");
        await Rejected(() => users.IdentifyAsync(new AttentiveUserIdentifiers { Phone = "19148440001", ClientUserId = "c" }), "identifiers.Phone");
        await Rejected(() => users.UpsertAsync(new AttentiveUserAttributesRequest { Identifiers = new AttentiveUserIdentifiers() }), "request.Identifiers");
        await Rejected(() => users.UpsertAsync(new AttentiveUserAttributesRequest
        {
            Identifiers = new AttentiveUserIdentifiers { Email = "a@example.com" },
            Subscriptions = [new AttentiveUserSubscription { SignUpSourceId = "s", Channel = AttentiveSubscriptionChannel.Text }],
        }), "request.Subscriptions[0]");
        await Rejected(() => tenant.Client.Events.SendCustomAsync(new AttentiveCustomEventRequest { Type = "Order (new)", User = phoneUser }), "Type");
        await Rejected(() => tenant.Client.Events.SendCustomAsync(new AttentiveCustomEventRequest
        {
            Type = "Ok",
            User = phoneUser,
            Properties = new Dictionary<string, object?> { ["a|b"] = 1 },
        }), "Properties");
        var record = new AttentiveUserAttributesRequest { Identifiers = new AttentiveUserIdentifiers { ClientUserId = "c", ShopifyId = "s" } };
        await Rejected(() => tenant.Client.BulkJobs.SubmitUserAttributesAsync(Enumerable.Repeat(record, 257)), "users");
        await Rejected(() => tenant.Client.BulkJobs.SubmitUserAttributesAsync([record, new AttentiveUserAttributesRequest()]), "users[1].Identifiers");
        await Rejected(() => tenant.Client.BulkJobs.GetAsync(" "), "bulkJobId");

        AssertNothingSent();
    }

    [Fact]
    public async Task Every_provider_names_a_bad_field_as_parameter_dot_property()
    {
        using var essential = new EssentialTestTenant(simulator);
        using var sequenzy = new SequenzyTestTenant(simulator);
        using var attentive = new AttentiveTestTenant(simulator);
        using var mta = new MobileTextAlertsTestTenant(simulator);

        await Rejected(() => essential.Client.Subscribers.UpsertAsync(essential.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550101", EmailAddress = "jane@" }), "request.EmailAddress");
        await Rejected(() => sequenzy.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "jane@" }), "request.Email");
        await Rejected(() => attentive.Client.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Email = "jane@", SignUpSourceId = "s" }), "request.Email");
        await Rejected(() => mta.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { Email = "jane@" }), "request.Email");
        await Rejected(() => essential.Client.Subscribers.UpdateAsync("SB1", new EssentialSubscriberUpdate { PhoneNumber = "123" }), "update.PhoneNumber");
        await Rejected(() => sequenzy.Client.Subscribers.UpdateAsync(SequenzySubscriberKey.ByEmail("a@example.com"), new SequenzySubscriberUpdate { Phone = "123" }), "update.Phone");

        AssertNothingSent();
    }

    private static async Task Rejected(Func<Task> call, string paramName)
    {
        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(call);
        Assert.Equal(paramName, error.ParamName);
        Assert.DoesNotContain("@example.com", error.Message, StringComparison.Ordinal);
    }

    private void AssertNothingSent() => Assert.Empty(simulator.Journal());
}
