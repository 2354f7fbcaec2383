using System.Net;
using System.Text;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

/// <summary>
/// Malformed JSON, wrong types, missing and unknown fields sent to every endpoint that takes a
/// body: each gets a 4xx in Essential's error shape and the tenant's store is unchanged.
/// </summary>
public sealed class BadInputTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    public static TheoryData<string, string> BadBodies() => new()
    {
        { "upsert", "{\"phone_number\":" },
        { "upsert", "[1,2]" },
        { "upsert", """{"phone_number":5009998190}""" },
        { "upsert", """{"email_address":"a@example.com"}""" },
        { "upsert", """{"phone_number":"5009998190","surprise":true}""" },
        { "upsert", """{"phone_number":"5009998190","tag_sids":"notalist"}""" },
        { "upsert", """{"phone_number":"5009998190","properties":{"n":1}}""" },
        { "upsert", """{"phone_number":"5009998190","reset":"yes"}""" },
        { "upsert", """{"phone_number":"5009998190","status":"gone"}""" },
        { "upsert", """{"phone_number":"5009998190","workflow_kwargs":[1]}""" },
        { "upsert", """{"phone_number":"5009998190","welcome_message_body":""}""" },
        { "create", "not json" },
        { "create", """{"phone_number":"5009998190"}""" },
        { "create", """{"phone_number":"5009998190","channel":7}""" },
        { "create", """{"phone_number":"5009998190","channel":"Main","extra":1}""" },
        { "update", "{" },
        { "update", """{"status":"maybe"}""" },
        { "update", """{"inboxed":"true"}""" },
        { "update", """{"nickname":"x"}""" },
        { "update", """{"email_address":"broken"}""" },
        { "tag", "{]" },
        { "tag", """{"name":"Valid name"}""" },
        { "tag", """{"channel_sid":"CHANNEL","name":42}""" },
        { "tag", """{"channel_sid":"CHANNEL","name":"Valid","color":"red"}""" },
        { "series", "" },
        { "series", """{"name":5}""" },
        { "series", """{"title":"x"}""" },
        { "item", "nope" },
        { "item", """{"name":"x","body":"y"}""" },
        { "item", """{"name":"x","sequence_id":"1","body":"y"}""" },
        { "item", """{"name":"x","sequence_id":-1,"body":"y"}""" },
        { "item", """{"name":"x","sequence_id":1,"body":"y","media_urls":["not a url"]}""" },
        { "item", """{"name":"x","sequence_id":1,"body":"y","extra":1}""" },
        { "workflow", "{\"sid\"" },
        { "workflow", """{"kwargs":{}}""" },
        { "workflow", """{"sid":1}""" },
        { "workflow", """{"sid":"WF","kwargs":"x"}""" },
        { "workflow", """{"sid":"WF","unknown":1}""" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Every_endpoint_refuses_bad_input_in_essentials_shape_and_changes_nothing(string endpoint, string body)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Sid = "WF", Name = "Flow" });
        var seriesSid = tenant.Engine.AddWelcomeSeries(tenant.AccountSid, tenant.ChannelSid, new EssentialWelcomeSeriesDefinition { Name = "S", ItemBodies = ["a"] });
        var existing = await tenant.UpsertAsync("""{"phone_number":"5009998190","email_address":"keep@example.com"}""");
        var before = tenant.Snapshot() + await DescribeAsync(tenant);
        var (method, path) = endpoint switch
        {
            "upsert" => (HttpMethod.Post, tenant.UpsertPath),
            "create" => (HttpMethod.Post, "/essential/v2/account/subscribers"),
            "update" => (HttpMethod.Put, $"/essential/v2/account/subscribers/{existing.Str("sid")}"),
            "tag" => (HttpMethod.Post, "/essential/v2/account/tags"),
            "series" => (HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/create_default"),
            "item" => (HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/{seriesSid}/items"),
            _ => (HttpMethod.Post, $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/5009998190/automation_workflow_executions/start"),
        };

        var response = await tenant.SendAsync(method, path, body.Replace("CHANNEL", tenant.ChannelSid, StringComparison.Ordinal));

        Assert.InRange(response.StatusCode, 400, 499);
        response.AssertError(response.Status);
        Assert.Equal(before, tenant.Snapshot() + await DescribeAsync(tenant));
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_content_type_is_a_415_in_essentials_shape()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        using var content = new StringContent("""{"phone_number":"5009998191"}""", Encoding.UTF8, "text/plain");

        using var raw = await tenant.Client.PostAsync(tenant.UpsertPath, content);
        var response = await EssentialResponse.ReadAsync(raw);

        response.AssertError(HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_in_essentials_shape()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var unknownRoute = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/nothing-here");
        var wrongMethod = await tenant.SendAsync(HttpMethod.Patch, tenant.UpsertPath, "{}");

        Assert.True(unknownRoute.Body.TryGetProperty("message", out _));
        unknownRoute.AssertError(HttpStatusCode.NotFound);
        wrongMethod.AssertError(HttpStatusCode.MethodNotAllowed);
    }

    private static async Task<string> DescribeAsync(EssentialTenant tenant)
    {
        using var client = tenant.Server.CreateClient();
        return await client.GetStringAsync($"/__sim/essential/tenants/{tenant.AccountSid}");
    }
}
