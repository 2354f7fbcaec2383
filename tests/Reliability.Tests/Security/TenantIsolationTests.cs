using System.Net;
using Reliability.Tests.Support;
using SubscriberSimulator.Engines.Attentive;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Engines.MobileTextAlerts;
using SubscriberSimulator.Engines.Sequenzy;

namespace Reliability.Tests.Security;

/// <summary>
/// Tenant B holds a valid credential and knows (or guesses) tenant A's ids, numbers and emails: every read
/// answers 404 or shows nothing of A's, and every write leaves A's subscriber as it was.
/// </summary>
public sealed class TenantIsolationTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task EssentialTenantCannotReadOrChangeAnotherAccountsSubscriber()
    {
        var (owner, intruder) = (ProviderTenant.Create(simulator.Server), ProviderTenant.Create(simulator.Server));
        using var client = simulator.Server.CreateClient();
        var created = await RawCall.SendAsync(client, HttpMethod.Post, $"essential/v2/account/channels/{owner.EssentialChannelSid}/subscribers/upsert",
            owner.EssentialBasic, "{\"phone_number\":\"2129870101\",\"properties\":{\"plan\":\"gold\"}}");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var sid = created.Body.GetProperty("sid").GetString()!;
        var stolen = intruder.EssentialBasic;

        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Get, $"essential/v2/account/subscribers/{sid}", stolen)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Put, $"essential/v2/account/subscribers/{sid}", stolen, "{\"status\":\"unsubscribed\"}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Delete, $"essential/v2/account/subscribers/{sid}", stolen)).Status);

        // The owner's channel is not the intruder's either: upserting into it is refused.
        var crossChannel = await RawCall.SendAsync(client, HttpMethod.Post, $"essential/v2/account/channels/{owner.EssentialChannelSid}/subscribers/upsert", stolen, "{\"phone_number\":\"2129870101\"}");
        Assert.Equal(HttpStatusCode.NotFound, crossChannel.Status);

        var list = await RawCall.SendAsync(client, HttpMethod.Get, "essential/v2/account/subscribers", stolen);
        Assert.DoesNotContain("2129870101", list.Body.GetRawText(), StringComparison.Ordinal);
        var ownerView = await RawCall.SendAsync(client, HttpMethod.Get, $"essential/v2/account/subscribers/{sid}", owner.EssentialBasic);
        Assert.Equal(HttpStatusCode.OK, ownerView.Status);
        Assert.Equal("subscribed", ownerView.Body.GetProperty("status").GetString());
        Assert.Single(simulator.Server.GetEngine<EssentialEngine>().ListSubscribers(owner.EssentialAccountSid));
    }

    [Fact]
    public async Task MobileTextAlertsTenantCannotReadOrChangeAnotherAccountsSubscriber()
    {
        var (owner, intruder) = (ProviderTenant.Create(simulator.Server), ProviderTenant.Create(simulator.Server));
        using var client = simulator.Server.CreateClient();
        var created = await RawCall.SendAsync(client, HttpMethod.Post, "mta/v3/subscribers", owner.Authorization("mta"),
            "{\"number\":\"2129870102\",\"email\":\"owner.mta@example.com\",\"firstName\":\"Ada\"}");
        Assert.True(created.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"create answered {created.Status}");
        var id = Assert.Single(simulator.Server.GetEngine<MobileTextAlertsEngine>().ListSubscribers(owner.MtaTenantId)).Id;
        var stolen = intruder.Authorization("mta");

        // By id, by number, by email, and by guessing the ids around it.
        foreach (var key in new[] { id.ToString(System.Globalization.CultureInfo.InvariantCulture), "2129870102", "owner.mta@example.com" }
                     .Concat(Enumerable.Range(1, 20).Select(guess => guess.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Get, $"mta/v3/subscribers/{key}", stolen)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Patch, $"mta/v3/subscribers/{id}", stolen, "{\"firstName\":\"Mallory\"}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Delete, $"mta/v3/subscribers/{id}", stolen)).Status);

        var list = await RawCall.SendAsync(client, HttpMethod.Get, "mta/v3/subscribers", stolen);
        Assert.DoesNotContain("owner.mta@example.com", list.Body.GetRawText(), StringComparison.Ordinal);
        var kept = Assert.Single(simulator.Server.GetEngine<MobileTextAlertsEngine>().ListSubscribers(owner.MtaTenantId));
        Assert.Equal("Ada", kept.FirstName);
    }

    [Fact]
    public async Task SequenzyWorkspaceCannotReadOrChangeAnotherWorkspacesSubscriber()
    {
        var (owner, intruder) = (ProviderTenant.Create(simulator.Server), ProviderTenant.Create(simulator.Server));
        using var client = simulator.Server.CreateClient();
        var created = await RawCall.SendAsync(client, HttpMethod.Post, "sequenzy/api/v1/subscribers", owner.Authorization("sequenzy"),
            "{\"email\":\"owner.sequenzy@example.com\",\"externalId\":\"owner-1\",\"firstName\":\"Ada\"}");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var stolen = intruder.Authorization("sequenzy");

        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Get, "sequenzy/api/v1/subscribers/owner.sequenzy%40example.com", stolen)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Get, "sequenzy/api/v1/subscribers/external?externalId=owner-1", stolen)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Patch, "sequenzy/api/v1/subscribers/owner.sequenzy%40example.com", stolen, "{\"firstName\":\"Mallory\"}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Delete, "sequenzy/api/v1/subscribers/owner.sequenzy%40example.com", stolen)).Status);

        var kept = simulator.Server.GetEngine<SequenzyEngine>().FindSubscriber(owner.SequenzyWorkspaceId, "owner.sequenzy@example.com");
        Assert.NotNull(kept);
        Assert.Equal("Ada", kept.FirstName);
        Assert.Null(simulator.Server.GetEngine<SequenzyEngine>().FindSubscriber(intruder.SequenzyWorkspaceId, "owner.sequenzy@example.com"));
    }

    [Fact]
    public async Task AttentiveCompanyCannotSeeOrUnsubscribeAnotherCompanysSubscriber()
    {
        var (owner, intruder) = (ProviderTenant.Create(simulator.Server), ProviderTenant.Create(simulator.Server));
        using var client = simulator.Server.CreateClient();
        var created = await RawCall.SendAsync(client, HttpMethod.Post, "attentive/v1/subscriptions", owner.Authorization("attentive"),
            $"{{\"user\":{{\"phone\":\"+12129870103\",\"email\":\"owner.attentive@example.com\"}},\"signUpSourceId\":\"{ProviderTenant.AttentiveSignUpSourceId}\",\"singleOptIn\":true}}");
        Assert.Equal(HttpStatusCode.Accepted, created.Status);
        var engine = simulator.Server.GetEngine<AttentiveEngine>();
        var before = engine.GetSubscriptions(owner.AttentiveCompanyId, AttentiveChannel.Email, "owner.attentive@example.com");
        var stolen = intruder.Authorization("attentive");

        Assert.Equal(HttpStatusCode.NotFound, (await RawCall.SendAsync(client, HttpMethod.Get, "attentive/v1/subscriptions?email=owner.attentive%40example.com", stolen)).Status);
        await RawCall.SendAsync(client, HttpMethod.Post, "attentive/v1/subscriptions/unsubscribe", stolen, "{\"user\":{\"email\":\"owner.attentive@example.com\"}}");

        Assert.NotEmpty(before);
        Assert.Equal(before, engine.GetSubscriptions(owner.AttentiveCompanyId, AttentiveChannel.Email, "owner.attentive@example.com"));
        var ownerView = await RawCall.SendAsync(client, HttpMethod.Get, "attentive/v1/subscriptions?email=owner.attentive%40example.com", owner.Authorization("attentive"));
        Assert.Equal(HttpStatusCode.OK, ownerView.Status);
    }
}
