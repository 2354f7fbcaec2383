using System.Net;
using Reliability.Tests.Support;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Engines.MobileTextAlerts;
using SubscriberSimulator.Engines.Sequenzy;

namespace Reliability.Tests.Concurrency;

/// <summary>Many connections writing the same tenant at once: one create per subscriber, no lost writes, one welcome each.</summary>
public sealed class StoreConcurrencyTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private const int Parallel = 48;

    [Fact]
    public async Task ConcurrentUpsertsOfOneNumberCreateItOnce()
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var client = simulator.Server.CreateClient();
        var path = $"essential/v2/account/channels/{tenant.EssentialChannelSid}/subscribers/upsert";

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            RawCall.SendAsync(client, HttpMethod.Post, path, tenant.EssentialBasic, $"{{\"phone_number\":\"2129870501\",\"properties\":{{\"k{i}\":\"v\"}}}}")));

        Assert.Equal(1, answers.Count(answer => answer.Status == HttpStatusCode.Created));
        Assert.Equal(Parallel - 1, answers.Count(answer => answer.Status == HttpStatusCode.OK));
        var stored = Assert.Single(simulator.Server.GetEngine<EssentialEngine>().ListSubscribers(tenant.EssentialAccountSid));

        // Properties merge, so every one of the concurrent writes must have landed.
        Assert.Equal(Parallel, stored["properties"]!.AsObject().Count);
        Assert.Single(simulator.Server.Outbox.List("essential", tenant.EssentialAccountSid));
    }

    [Fact]
    public async Task ConcurrentUpsertsOfDistinctNumbersLoseNothing()
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var client = simulator.Server.CreateClient();
        var path = $"essential/v2/account/channels/{tenant.EssentialChannelSid}/subscribers/upsert";

        var answers = await Task.WhenAll(Enumerable.Range(0, 400).Select(i =>
            RawCall.SendAsync(client, HttpMethod.Post, path, tenant.EssentialBasic, $"{{\"phone_number\":\"212987{1000 + i:D4}\"}}")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Created, answer.Status));
        Assert.Equal(400, simulator.Server.GetEngine<EssentialEngine>().ListSubscribers(tenant.EssentialAccountSid).Count);
        Assert.Equal(400, simulator.Server.Outbox.List("essential", tenant.EssentialAccountSid).Count);
        Assert.Equal(400, answers.Select(answer => answer.Body.GetProperty("sid").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task ConcurrentBulkRequestsOverlappingOneTenantKeepOneRecordPerNumber()
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var client = simulator.Server.CreateClient();
        var body = "[" + string.Join(",", Enumerable.Range(0, 200).Select(i => $"{{\"number\":\"212987{3000 + i:D4}\"}}")) + "]";

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RawCall.SendAsync(client, HttpMethod.Post, "mta/v3/subscribers/bulk", tenant.Authorization("mta"), body)));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var stored = simulator.Server.GetEngine<MobileTextAlertsEngine>().ListSubscribers(tenant.MtaTenantId);
        Assert.Equal(200, stored.Count);
        Assert.Equal(200, stored.Select(subscriber => subscriber.PhoneDigits).Distinct().Count());
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneEmailInSequenzyKeepOneSubscriber()
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var client = simulator.Server.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            RawCall.SendAsync(client, HttpMethod.Post, "sequenzy/api/v1/subscribers", tenant.Authorization("sequenzy"), "{\"email\":\"same@example.com\",\"duplicateStrategy\":\"merge\",\"tags\":[\"t" + i + "\"]}")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var stored = Assert.Single(simulator.Server.GetEngine<SequenzyEngine>().ListSubscribers(tenant.SequenzyWorkspaceId));
        Assert.Equal(Parallel, stored.Tags.Count);
    }
}
