using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaSendTests
{
    [Fact]
    public async Task A_send_reaches_each_subscriber_once_skips_opted_out_and_email_only_and_records_the_outbox()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var ada = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{group.Id}}]}""");
        var grace = await sim.CreateSubscriberAsync($$"""{"number":8002222222,"groupIds":[{{group.Id}}]}""");
        await sim.CreateSubscriberAsync($$"""{"email":"mail@example.com","groupIds":[{{group.Id}}]}""");
        await sim.CreateSubscriberAsync($$"""{"number":8002223333,"groupIds":[{{group.Id}}]}""");
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002223333"}""");

        var reply = await sim.PostAsync("/v3/send", $$"""{"message":"Doors open at 9.","subscriberIds":[{{ada}},{{ada}}],"subscribers":["+18002222222",8002224444],"groups":[{{group.Id}}]}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Message Sent to 3 Recipients.", reply.Json.GetProperty("message").GetString());
        var data = reply.Data;
        Assert.True(Guid.TryParse(data.GetProperty("messageId").GetString(), out _));
        Assert.Equal(5, data.GetProperty("totalRecipientCount").GetInt32());
        Assert.Equal(3, data.GetProperty("sentCount").GetInt32());
        Assert.Equal(1, data.GetProperty("optedOutCount").GetInt32());
        Assert.Equal(1, data.GetProperty("noNumberCount").GetInt32());
        Assert.Equal(1, data.GetProperty("createdSubscriberCount").GetInt32());
        Assert.Equal(new[] { "+18002221111", "+18002222222", "+18002224444" }, sim.Messages.Select(m => m.To));
        Assert.All(sim.Messages, message =>
        {
            Assert.Equal("sms", message.Channel);
            Assert.Equal("message", message.Kind);
            Assert.Equal("Doors open at 9.", message.Body);
            Assert.Equal(data.GetProperty("messageId").GetString(), message.Metadata["messageId"]);
        });
        Assert.Equal(grace.ToString(System.Globalization.CultureInfo.InvariantCulture), sim.Messages[1].Metadata["subscriberId"]);
        Assert.Equal(5, sim.SubscriberCount);
    }

    [Fact]
    public async Task All_subscribers_reaches_everyone_who_can_receive_and_every_call_sends_again()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        await sim.CreateSubscriberAsync("""{"number":8002222222}""");
        await sim.CreateSubscriberAsync("""{"email":"mail@example.com"}""");

        var first = await sim.PostAsync("/v3/send", """{"message":"Hi all","allSubscribers":true}""");
        var second = await sim.PostAsync("/v3/send", """{"message":"Hi all","allSubscribers":true}""");

        Assert.Equal(2, first.Data.GetProperty("sentCount").GetInt32());
        Assert.Equal(1, first.Data.GetProperty("noNumberCount").GetInt32());
        Assert.Equal(3, first.Data.GetProperty("totalRecipientCount").GetInt32());
        Assert.NotEqual(first.Data.GetProperty("messageId").GetString(), second.Data.GetProperty("messageId").GetString());
        Assert.Equal(4, sim.Messages.Count);
    }

    [Fact]
    public async Task An_image_or_isMMS_makes_an_mms_of_up_to_1550_characters()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        var longText = new string('a', 1550);

        var withImage = await sim.PostAsync("/v3/send", """{"image":"https://example.com/a.png","subscribers":["8002221111"]}""");
        var flagged = await sim.PostAsync("/v3/send", $$"""{"message":"{{longText}}","isMMS":true,"subscribers":["8002221111"]}""");

        Assert.Equal(HttpStatusCode.OK, withImage.Status);
        Assert.Equal(HttpStatusCode.OK, flagged.Status);
        Assert.All(sim.Messages, message => Assert.Equal("mms", message.Channel));
        Assert.Equal("https://example.com/a.png", sim.Messages[0].Metadata["image"]);
        Assert.Equal(string.Empty, sim.Messages[0].Body);
        Assert.Equal(longText, sim.Messages[1].Body);
    }

    [Fact]
    public async Task An_sms_over_160_characters_is_400_and_160_is_sent()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002221111}""");

        var tooLong = await sim.PostAsync("/v3/send", $$"""{"message":"{{new string('a', 161)}}","subscribers":["8002221111"]}""");
        var atLimit = await sim.PostAsync("/v3/send", $$"""{"message":"{{string.Concat(Enumerable.Repeat("😀", 160))}}","subscribers":["8002221111"]}""");

        MtaSim.AssertError(tooLong, HttpStatusCode.BadRequest, "character limit of 160");
        Assert.Equal(HttpStatusCode.OK, atLimit.Status);
        Assert.Single(sim.Messages);
    }

    [Theory]
    [InlineData("""{"subscribers":["8002221111"]}""", "At least one content field is required")]
    [InlineData("""{"message":"Hi"}""", "At least one recipient is required")]
    [InlineData("""{"message":"Hi","subscriberIds":[]}""", "At least one recipient is required")]
    [InlineData("""{"message":"Hi","allSubscribers":true,"subscribers":["8002221111"]}""", "allSubscribers")]
    [InlineData("""{"message":"Hi","subscriberIds":[1]}""", "Subscriber 1 does not exist")]
    [InlineData("""{"message":"Hi","groups":[5]}""", "Group 5 does not exist")]
    [InlineData("""{"message":"Hi","subscribers":["8002221111","12"]}""", "subscribers[1]: number")]
    [InlineData("""{"message":"Hi","subscribers":["8002221111","not@an"]}""", "subscribers[1]: email")]
    [InlineData("""{"message":"Hi","subscribers":["8002221111"," "]}""", "subscribers[1]")]
    [InlineData("""{"message":"Hi","subscribers":[0]}""", "subscribers[0]")]
    [InlineData("""{"message":"Hi","subscribers":["+15005550006"]}""", "landline")]
    [InlineData("""{"image":"ftp://example.com/a.png","subscribers":["8002221111"]}""", "http or https")]
    [InlineData("""{"message":"Hi","subscribers":["8002221111"],"templateId":1}""", "Unknown field")]
    [InlineData("""{"message":"","subscribers":["8002221111"]}""", null)]
    [InlineData("""{"message":"Hi","subscribers":[true]}""", null)]
    public async Task Bad_sends_are_400_send_nothing_and_create_nobody(string body, string? problem)
    {
        using var sim = MtaSim.Create();
        sim.Engine.SetLineType(sim.TenantId, "+15005550006", SubscriberSimulator.Engines.MobileTextAlerts.MtaLineType.Landline);
        await sim.CreateSubscriberAsync("""{"number":8002229999}""");
        var before = sim.Snapshot();

        MtaSim.AssertError(await sim.PostAsync("/v3/send", body), HttpStatusCode.BadRequest, problem);
        Assert.Equal(before, sim.Snapshot());
        Assert.Empty(sim.Messages);
    }

    [Fact]
    public async Task A_send_that_reaches_nobody_still_answers_200_with_the_counts()
    {
        using var sim = MtaSim.Create();
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002221111"}""");

        var reply = await sim.PostAsync("/v3/send", """{"message":"Hi","subscribers":["8002221111","only@example.com"]}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Message Sent to 0 Recipients.", reply.Json.GetProperty("message").GetString());
        Assert.Equal(2, reply.Data.GetProperty("createdSubscriberCount").GetInt32());
        Assert.Equal(1, reply.Data.GetProperty("optedOutCount").GetInt32());
        Assert.Equal(1, reply.Data.GetProperty("noNumberCount").GetInt32());
        Assert.Equal(2, sim.SubscriberCount);
        Assert.Empty(sim.Messages);
        Assert.True((await sim.GetAsync("/v3/unsubscribes/8002221111")).Data.GetProperty("unsubscribed").GetBoolean());
    }

    [Fact]
    public async Task A_failed_send_changes_nothing_not_even_the_subscribers_it_would_create()
    {
        using var sim = MtaSim.Create();
        var before = sim.Snapshot();

        var armed = await sim.PostAsync($"/__sim/mta/tenants/{sim.TenantId}/fail-next-send", null, sim.Anonymous);
        var failed = await sim.PostAsync("/v3/send", """{"message":"Hi","subscribers":["8002221111"]}""");
        var retried = await sim.PostAsync("/v3/send", """{"message":"Hi","subscribers":["8002221111"]}""");

        Assert.True(armed.Status is HttpStatusCode.OK or HttpStatusCode.NoContent);
        MtaSim.AssertError(failed, HttpStatusCode.InternalServerError, "fail-next-send");
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Single(sim.Messages);
        Assert.NotEqual(before, sim.Snapshot());
        Assert.Equal(1, sim.SubscriberCount);
    }
}
