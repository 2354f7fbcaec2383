using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class CreateSubscriberTests
{
    [Fact]
    public async Task A_new_subscriber_is_created_with_normalised_identity_tags_and_default_lists()
    {
        using var sim = SequenzySim.Create();

        var reply = await sim.CreateAsync("""
            {"email": "  Jane.Doe@Example.COM ", "externalId": "  User_ABC ", "firstName": "Jane",
             "tags": ["Pro Customer", "VIP_User", "Newsletter!", "saas.monthly"], "customAttributes": {"plan": "pro", "seats": 5}}
            """);

        var subscriber = reply.Subscriber;
        Assert.True(reply.Bool("success"));
        Assert.Equal("jane.doe@example.com", subscriber.GetProperty("email").GetString());
        Assert.Equal("User_ABC", subscriber.GetProperty("externalId").GetString());
        Assert.Equal("active", subscriber.GetProperty("status").GetString());
        Assert.Equal(["pro-customer", "vip-user", "newsletter", "saas.monthly"], SequenzyReply.Strings(subscriber.GetProperty("tags")));
        Assert.Equal(5, subscriber.GetProperty("customAttributes").GetProperty("seats").GetInt32());
        Assert.True(subscriber.GetProperty("created").GetBoolean());
        Assert.False(subscriber.GetProperty("updated").GetBoolean());
        Assert.False(subscriber.GetProperty("skipped").GetBoolean());
        Assert.False(reply.Json.TryGetProperty("optIn", out _));
        Assert.Equal([SequenzySim.NewsList], sim.Stored("jane.doe@example.com").ListIds);
    }

    [Fact]
    public async Task Skip_is_the_default_and_returns_the_stored_record_unchanged()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com", "firstName": "Ann", "status": "unsubscribed"}""");

        var reply = await sim.CreateAsync("""{"email": "A@example.com", "firstName": "Changed", "status": "active", "tags": ["x"]}""");

        Assert.True(reply.Subscriber.GetProperty("skipped").GetBoolean());
        Assert.False(reply.Subscriber.GetProperty("created").GetBoolean());
        Assert.False(reply.Subscriber.GetProperty("updated").GetBoolean());
        Assert.Equal("Ann", reply.Subscriber.GetProperty("firstName").GetString());
        Assert.Equal("unsubscribed", reply.Subscriber.GetProperty("status").GetString());
        var stored = sim.Stored("a@example.com");
        Assert.Equal("Ann", stored.FirstName);
        Assert.Empty(stored.Tags);
        Assert.Single(sim.Subscribers);
    }

    [Fact]
    public async Task Merge_fills_only_missing_fields_and_adds_missing_tags_and_attribute_keys()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "m@example.com", "firstName": "Max", "tags": ["lead"], "customAttributes": {"plan": "free"}}""");

        var reply = await sim.CreateAsync("""
            {"email": "m@example.com", "duplicateStrategy": "merge", "firstName": "Other", "lastName": "Mustermann",
             "tags": ["Lead", "customer"], "customAttributes": {"plan": "pro", "seats": 3}}
            """);

        Assert.True(reply.Subscriber.GetProperty("updated").GetBoolean());
        Assert.False(reply.Subscriber.GetProperty("skipped").GetBoolean());
        var stored = sim.Stored("m@example.com");
        Assert.Equal("Max", stored.FirstName);
        Assert.Equal("Mustermann", stored.LastName);
        Assert.Equal(["lead", "customer"], stored.Tags);
        Assert.Equal("\"free\"", stored.CustomAttributes["plan"]);
        Assert.Equal("3", stored.CustomAttributes["seats"]);
    }

    [Fact]
    public async Task Merge_that_changes_nothing_reports_all_flags_false()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "m@example.com", "firstName": "Max"}""");
        var before = System.Text.Json.JsonSerializer.Serialize(sim.Stored("m@example.com"));

        var reply = await sim.CreateAsync("""{"email": "m@example.com", "duplicateStrategy": "merge", "firstName": "Other"}""");

        Assert.False(reply.Subscriber.GetProperty("created").GetBoolean());
        Assert.False(reply.Subscriber.GetProperty("updated").GetBoolean());
        Assert.False(reply.Subscriber.GetProperty("skipped").GetBoolean());
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(sim.Stored("m@example.com")));
    }

    [Fact]
    public async Task Overwrite_replaces_provided_fields_but_never_reactivates_an_unsubscribed_contact()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "o@example.com", "firstName": "Old", "lastName": "Keep", "tags": ["a"], "status": "unsubscribed"}""");

        var reply = await sim.CreateAsync("""
            {"email": "o@example.com", "duplicateStrategy": "overwrite", "firstName": "New", "tags": ["b"],
             "customAttributes": {"k": true}, "status": "active", "optInMode": "confirmed"}
            """);

        Assert.True(reply.Subscriber.GetProperty("updated").GetBoolean());
        Assert.Equal("unsubscribed", reply.Subscriber.GetProperty("status").GetString());
        var stored = sim.Stored("o@example.com");
        Assert.Equal("New", stored.FirstName);
        Assert.Equal("Keep", stored.LastName);
        Assert.Equal(["b"], stored.Tags);
        Assert.Equal("true", stored.CustomAttributes["k"]);
        Assert.Equal("unsubscribed", stored.Status);
    }

    [Fact]
    public async Task Status_applies_on_creation_only()
    {
        using var sim = SequenzySim.Create();
        var created = await sim.CreateAsync("""{"email": "s@example.com", "status": "bounced"}""");
        await sim.CreateAsync("""{"email": "s@example.com", "status": "active", "duplicateStrategy": "overwrite"}""");

        Assert.Equal("bounced", created.Subscriber.GetProperty("status").GetString());
        Assert.Equal("bounced", sim.Stored("s@example.com").Status);
    }

    [Fact]
    public async Task ExternalId_is_matched_first_and_is_case_sensitive()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "first@example.com", "externalId": "User-1"}""");

        var sameId = await sim.CreateAsync("""{"email": "second@example.com", "externalId": " User-1 ", "duplicateStrategy": "overwrite"}""");
        var otherCase = await sim.CreateAsync("""{"email": "third@example.com", "externalId": "user-1"}""");

        Assert.True(sameId.Subscriber.GetProperty("updated").GetBoolean());
        Assert.Equal("second@example.com", sameId.Subscriber.GetProperty("email").GetString());
        Assert.True(otherCase.Subscriber.GetProperty("created").GetBoolean());
        Assert.Equal(2, sim.Subscribers.Count);
        Assert.Null(sim.Engine.FindSubscriber(sim.WorkspaceId, "first@example.com"));
    }

    [Fact]
    public async Task Email_and_externalId_of_two_different_subscribers_is_a_409_that_changes_nothing()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com", "externalId": "A"}""");
        await sim.CreateAsync("""{"email": "b@example.com", "externalId": "B"}""");
        var before = sim.Snapshot();

        var reply = await sim.PostAsync("/subscribers", """{"email": "b@example.com", "externalId": "A", "duplicateStrategy": "overwrite", "firstName": "X"}""");

        SequenzySim.AssertError(reply, HttpStatusCode.Conflict, "different subscribers");
        Assert.Equal(before, sim.Snapshot());
    }

    [Fact]
    public async Task Omitted_lists_keep_memberships_empty_lists_mean_none_and_given_lists_are_added_under_skip()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "none@example.com", "lists": []}""");
        await sim.CreateAsync("""{"email": "l@example.com"}""");

        await sim.CreateAsync("""{"email": "l@example.com", "duplicateStrategy": "overwrite", "firstName": "Lee"}""");
        var afterOmitted = sim.Stored("l@example.com").ListIds;
        var skipped = await sim.CreateAsync("""{"email": "l@example.com", "lists": ["list_beta"]}""");

        Assert.Empty(sim.Stored("none@example.com").ListIds);
        Assert.Equal([SequenzySim.NewsList], afterOmitted);
        Assert.True(skipped.Subscriber.GetProperty("skipped").GetBoolean());
        Assert.Equal([SequenzySim.NewsList, SequenzySim.BetaList], sim.Stored("l@example.com").ListIds);
    }

    [Fact]
    public async Task Unknown_list_id_is_a_400_and_creates_nothing()
    {
        using var sim = SequenzySim.Create();

        var reply = await sim.PostAsync("/subscribers", """{"email": "x@example.com", "lists": ["list_nope"]}""");

        SequenzySim.AssertError(reply, HttpStatusCode.BadRequest, "unknown list");
        Assert.Empty(sim.Subscribers);
    }

    [Fact]
    public async Task A_new_subscriber_needs_an_email_unless_a_phone_is_given()
    {
        using var sim = SequenzySim.Create();

        var missing = await sim.PostAsync("/subscribers", """{"externalId": "nobody"}""");
        var phoneOnly = await sim.CreateAsync("""{"phone": "(914) 844-0001", "externalId": "sms-1", "smsConsent": true}""");

        SequenzySim.AssertError(missing, HttpStatusCode.BadRequest, "email is required");
        Assert.Equal("+19148440001", phoneOnly.Subscriber.GetProperty("phone").GetString());
        Assert.Equal("subscribed", phoneOnly.Subscriber.GetProperty("smsStatus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, phoneOnly.Subscriber.GetProperty("email").ValueKind);
        Assert.Single(sim.Subscribers);
    }

    [Fact]
    public async Task A_refused_phone_names_the_rule_it_broke_and_a_phone_country_reads_national_numbers()
    {
        using var sim = SequenzySim.Create();

        var tooShort = await sim.PostAsync("/subscribers", """{"email": "p@example.com", "phone": "12"}""");
        var vanity = await sim.PostAsync("/subscribers", """{"email": "p@example.com", "phone": "1-800-FLOWERS"}""");
        var bahamas = await sim.CreateAsync("""{"email": "bs@example.com", "phone": "18270150", "phoneCountry": "BS"}""");

        SequenzySim.AssertError(tooShort, HttpStatusCode.BadRequest, "phone is too short for its region");
        SequenzySim.AssertError(vanity, HttpStatusCode.BadRequest, "phone contains letters");
        Assert.Equal("+12428270150", bahamas.Subscriber.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Malformed_email_phone_or_timezone_is_a_400_without_echoing_the_value()
    {
        using var sim = SequenzySim.Create();

        var email = await sim.PostAsync("/subscribers", """{"email": "not-an-email"}""");
        var phone = await sim.PostAsync("/subscribers", """{"email": "p@example.com", "phone": "12"}""");
        var zone = await sim.PostAsync("/subscribers", """{"email": "p@example.com", "timezone": "Mars/Olympus"}""");
        var country = await sim.PostAsync("/subscribers", """{"email": "p@example.com", "phoneCountry": "US"}""");

        SequenzySim.AssertError(email, HttpStatusCode.BadRequest, "email");
        Assert.DoesNotContain("not-an-email", email.Text, StringComparison.Ordinal);
        SequenzySim.AssertError(phone, HttpStatusCode.BadRequest, "phone");
        SequenzySim.AssertError(zone, HttpStatusCode.BadRequest, "timezone");
        SequenzySim.AssertError(country, HttpStatusCode.BadRequest, "phoneCountry");
        Assert.Empty(sim.Subscribers);
    }
}
