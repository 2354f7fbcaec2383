using System.Net;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ReadUpdateDeleteTests
{
    [Fact]
    public async Task Get_by_email_is_case_insensitive_and_carries_details()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "jane@example.com", "externalId": "u/1", "tags": ["a"]}""");

        var reply = await sim.GetAsync("/subscribers/Jane%40Example.com");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var subscriber = reply.Subscriber;
        Assert.Equal("jane@example.com", subscriber.GetProperty("email").GetString());
        var list = Assert.Single(subscriber.GetProperty("lists").EnumerateArray());
        Assert.Equal(SequenzySim.NewsList, list.GetProperty("id").GetString());
        Assert.Equal("Newsletter", list.GetProperty("name").GetString());
        Assert.Equal(0, subscriber.GetProperty("emailStats").GetProperty("sent").GetInt32());
        Assert.Equal(JsonValueKind.Array, subscriber.GetProperty("activity").ValueKind);
    }

    [Fact]
    public async Task Get_by_externalId_supports_slashes_and_unknown_ids_are_404()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "jane@example.com", "externalId": "org/42"}""");

        var found = await sim.GetAsync("/subscribers/external?externalId=org%2F42");
        var missing = await sim.GetAsync("/subscribers/external?externalId=org%2F43");
        var absent = await sim.GetAsync("/subscribers/external");
        var blank = await sim.GetAsync("/subscribers/external?externalId=%20");
        var unknownEmail = await sim.GetAsync("/subscribers/nobody%40example.com");

        Assert.Equal("jane@example.com", found.Subscriber.GetProperty("email").GetString());
        SequenzySim.AssertError(missing, HttpStatusCode.NotFound, "Subscriber not found");
        SequenzySim.AssertError(absent, HttpStatusCode.BadRequest, "externalId is required");
        SequenzySim.AssertError(blank, HttpStatusCode.BadRequest, "externalId is required");
        SequenzySim.AssertError(unknownEmail, HttpStatusCode.NotFound, "Subscriber not found");
    }

    [Fact]
    public async Task Patch_changes_only_the_sent_fields_replaces_tags_and_merges_attributes_on_request()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "p@example.com", "firstName": "Pat", "lastName": "Lee", "tags": ["a", "b"], "customAttributes": {"plan": "free", "seats": 1}}""");

        var reply = await sim.PatchAsync("/subscribers/p%40example.com", """
            {"firstName": "Patricia", "lastName": "", "tags": ["C c"], "customAttributes": {"plan": "pro"}, "customAttributesStrategy": "merge", "timezone": "Europe/Berlin"}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Patricia", reply.Subscriber.GetProperty("firstName").GetString());
        var stored = sim.Stored("p@example.com");
        Assert.Null(stored.LastName);
        Assert.Equal(["c-c"], stored.Tags);
        Assert.Equal("\"pro\"", stored.CustomAttributes["plan"]);
        Assert.Equal("1", stored.CustomAttributes["seats"]);
        Assert.Equal("Europe/Berlin", stored.Timezone);
    }

    [Fact]
    public async Task Patch_replaces_the_attribute_map_by_default()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "p@example.com", "customAttributes": {"plan": "free", "seats": 1}}""");

        await sim.PatchAsync("/subscribers/p%40example.com", """{"customAttributes": {"plan": "pro"}}""");

        Assert.Equal(["plan"], sim.Stored("p@example.com").CustomAttributes.Keys);
    }

    [Fact]
    public async Task Patch_status_unsubscribed_is_the_global_unsubscribe_and_active_resubscribes()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "u@example.com", "lists": ["list_news", "list_beta"]}""");

        var unsubscribed = await sim.PatchAsync("/subscribers/u%40example.com", """{"status": "unsubscribed"}""");
        var stored = sim.Stored("u@example.com");
        var resubscribed = await sim.PatchAsync("/subscribers/u%40example.com", """{"status": "active"}""");

        Assert.Equal("unsubscribed", unsubscribed.Subscriber.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, unsubscribed.Subscriber.GetProperty("unsubscribedAt").ValueKind);
        Assert.Empty(stored.ListIds);
        Assert.Equal("active", resubscribed.Subscriber.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, resubscribed.Subscriber.GetProperty("unsubscribedAt").ValueKind);
    }

    [Fact]
    public async Task Patch_to_an_email_or_externalId_of_another_subscriber_is_409_and_changes_nothing()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com", "externalId": "A"}""");
        await sim.CreateAsync("""{"email": "b@example.com", "externalId": "B"}""");
        var before = sim.Snapshot();

        var email = await sim.PatchAsync("/subscribers/a%40example.com", """{"email": "B@example.com", "firstName": "X"}""");
        var externalId = await sim.PatchAsync("/subscribers/external?externalId=A", """{"externalId": "B"}""");

        SequenzySim.AssertError(email, HttpStatusCode.Conflict, "another subscriber");
        SequenzySim.AssertError(externalId, HttpStatusCode.Conflict, "another subscriber");
        Assert.Equal(before, sim.Snapshot());
    }

    [Fact]
    public async Task Patch_by_externalId_can_rename_the_externalId_and_the_email()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com", "externalId": "A"}""");

        var reply = await sim.PatchAsync("/subscribers/external?externalId=A", """{"externalId": "A2", "email": "new@example.com"}""");
        var byNewId = await sim.GetAsync("/subscribers/external?externalId=A2");
        var byOldEmail = await sim.GetAsync("/subscribers/a%40example.com");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("new@example.com", byNewId.Subscriber.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.NotFound, byOldEmail.Status);
    }

    [Fact]
    public async Task Patch_rejects_null_and_overlong_names_before_any_change()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "n@example.com", "firstName": "Nia"}""");
        var before = sim.Snapshot();

        var nullName = await sim.PatchAsync("/subscribers/n%40example.com", """{"firstName": null, "tags": ["x"]}""");
        var longName = await sim.PatchAsync("/subscribers/n%40example.com", $$"""{"lastName": "{{new string('x', 256)}}", "tags": ["x"]}""");
        var countryWithoutPhone = await sim.PatchAsync("/subscribers/n%40example.com", """{"phoneCountry": "US"}""");

        SequenzySim.AssertError(nullName, HttpStatusCode.BadRequest, "firstName");
        SequenzySim.AssertError(longName, HttpStatusCode.BadRequest, "lastName");
        SequenzySim.AssertError(countryWithoutPhone, HttpStatusCode.BadRequest, "phoneCountry");
        Assert.Equal(before, sim.Snapshot());
    }

    [Fact]
    public async Task Patch_of_an_unknown_subscriber_is_404()
    {
        using var sim = SequenzySim.Create();

        var reply = await sim.PatchAsync("/subscribers/ghost%40example.com", """{"firstName": "G"}""");

        SequenzySim.AssertError(reply, HttpStatusCode.NotFound, "Subscriber not found");
        Assert.Empty(sim.Subscribers);
    }

    [Fact]
    public async Task Changing_the_phone_resets_sms_consent_unless_sent_together()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "s@example.com", "phone": "+19148440001", "smsConsent": true}""");

        await sim.PatchAsync("/subscribers/s%40example.com", """{"phone": "+19148440002"}""");
        var reset = sim.Stored("s@example.com");
        await sim.PatchAsync("/subscribers/s%40example.com", """{"phone": "914 844 0003", "phoneCountry": "US", "smsConsent": true}""");

        Assert.Equal("not_subscribed", reset.SmsStatus);
        Assert.Equal("+19148440003", sim.Stored("s@example.com").Phone);
        Assert.Equal("subscribed", sim.Stored("s@example.com").SmsStatus);
    }

    [Fact]
    public async Task Delete_by_email_and_by_externalId_removes_the_subscriber_permanently()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com"}""");
        await sim.CreateAsync("""{"email": "b@example.com", "externalId": "B"}""");

        var byEmail = await sim.DeleteAsync("/subscribers/A%40example.com");
        var byExternalId = await sim.DeleteAsync("/subscribers/external?externalId=B");
        var again = await sim.DeleteAsync("/subscribers/a%40example.com");

        Assert.True(byEmail.Bool("deleted"));
        Assert.True(byExternalId.Bool("deleted"));
        SequenzySim.AssertError(again, HttpStatusCode.NotFound);
        Assert.Empty(sim.Subscribers);
        var recreated = await sim.CreateAsync("""{"email": "b@example.com", "externalId": "B"}""");
        Assert.True(recreated.Subscriber.GetProperty("created").GetBoolean());
    }
}
