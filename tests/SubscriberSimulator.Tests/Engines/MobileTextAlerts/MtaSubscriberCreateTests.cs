using System.Net;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaSubscriberCreateTests
{
    [Fact]
    public async Task Create_returns_the_subscriber_in_the_envelope()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync("/v3/subscribers", """{"firstName":"Ada","lastName":"Lovelace","number":8002223333}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.True(reply.Json.GetProperty("success").GetBoolean());
        Assert.Equal("Subscriber created successfully.", reply.Json.GetProperty("message").GetString());
        var data = reply.Data;
        Assert.True(data.GetProperty("id").GetInt64() > 0);
        Assert.Equal("Ada", data.GetProperty("firstName").GetString());
        Assert.Equal(8002223333L, data.GetProperty("number").GetInt64());
        Assert.Equal("+18002223333", data.GetProperty("e164Number").GetString());
        Assert.Equal(209, data.GetProperty("countryId").GetInt32());
        Assert.Equal(8002223333L, data.GetProperty("longNumber").GetInt64());
        Assert.Equal(5, data.GetProperty("signupMethod").GetInt32());
        Assert.Equal(0, data.GetProperty("groups").GetArrayLength());
        Assert.Equal(0, data.GetProperty("subscriberFieldData").GetArrayLength());
        Assert.Equal(string.Empty, data.GetProperty("email").GetString());
        Assert.True(data.GetProperty("carrierId").GetInt32() > 0);
        Assert.True(Guid.TryParse(reply.Header("X-Request-ID"), out _));
        Assert.Contains("\"+18002223333\"", reply.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task E164_number_wins_over_number()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync("/v3/subscribers", """{"number":"8002223333","e164Number":"+447911123456"}""");

        Assert.Equal("+447911123456", reply.Data.GetProperty("e164Number").GetString());
        Assert.Equal(447911123456L, reply.Data.GetProperty("number").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Data.GetProperty("countryId").ValueKind);
    }

    [Theory]
    [InlineData("18002223333")]
    [InlineData("\"(800) 222-3333\"")]
    [InlineData("\"+18002223333\"")]
    public async Task Number_forms_of_one_phone_match_the_same_subscriber(string number)
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002223333}""");

        var reply = await sim.PostAsync("/v3/subscribers", $$"""{"number":{{number}},"firstName":"Again"}""");

        Assert.Equal(id, reply.Data.GetProperty("id").GetInt64());
        Assert.Equal("Subscriber updated successfully.", reply.Json.GetProperty("message").GetString());
        Assert.Equal(1, sim.SubscriberCount);
    }

    [Fact]
    public async Task Numbers_of_other_lengths_start_with_their_country_code_and_libphonenumber_decides_validity()
    {
        using var sim = MtaSim.Create();
        var ok = await sim.PostAsync("/v3/subscribers", """{"number":447911123456}""");
        var tooLong = await sim.PostAsync("/v3/subscribers", """{"number":"1234567890123456"}""");

        Assert.Equal("+447911123456", ok.Data.GetProperty("e164Number").GetString());
        MtaSim.AssertError(tooLong, HttpStatusCode.BadRequest, "number is too long for its region");
        Assert.Equal(1, sim.SubscriberCount);
    }

    [Fact]
    public async Task An_international_number_with_spaces_is_read_and_its_digits_are_not_miscounted()
    {
        using var sim = MtaSim.Create();

        var reply = await sim.PostAsync("/v3/subscribers", """{"number":"+1 914 844 2204"}""");

        Assert.Equal("+19148442204", reply.Data.GetProperty("e164Number").GetString());
        Assert.Equal(9148442204L, reply.Data.GetProperty("number").GetInt64());
    }

    [Fact]
    public async Task The_documented_example_1112228904_is_refused_because_libphonenumber_knows_no_such_number()
    {
        using var sim = MtaSim.Create();

        var reply = await sim.PostAsync("/v3/subscribers", """{"number":1112228904}""");

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest, "number is not a valid number for its region.");
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Email_only_subscriber_has_number_zero_and_no_e164()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync("/v3/subscribers", """{"email":" Ada@Example.com "}""");

        Assert.Equal("Ada@Example.com", reply.Data.GetProperty("email").GetString());
        Assert.Equal(0, reply.Data.GetProperty("number").GetInt64());
        Assert.False(reply.Data.TryGetProperty("e164Number", out _));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Data.GetProperty("countryId").ValueKind);
    }

    [Fact]
    public async Task Upsert_matches_by_email_case_insensitively_and_adds_the_number()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"email":"ada@example.com"}""");

        var reply = await sim.PostAsync("/v3/subscribers", """{"email":"ADA@example.com","number":8002223333}""");

        Assert.Equal(id, reply.Data.GetProperty("id").GetInt64());
        Assert.Equal("+18002223333", reply.Data.GetProperty("e164Number").GetString());
        Assert.Equal(1, sim.SubscriberCount);
    }

    [Fact]
    public async Task Number_and_email_of_two_different_subscribers_is_rejected()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002223333}""");
        await sim.CreateSubscriberAsync("""{"email":"ada@example.com"}""");
        var before = sim.Snapshot();

        var reply = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"email":"ada@example.com"}""");

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest, "two different subscribers");
        Assert.Equal(before, sim.Snapshot());
    }

    [Fact]
    public async Task A_subscriber_needs_an_email_or_a_number()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync("/v3/subscribers", """{"firstName":"Nobody"}""");

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest, "email or a number");
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Welcome_message_goes_to_the_outbox_for_a_new_subscriber_only()
    {
        using var sim = MtaSim.Create();
        await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Welcome aboard!"}""");
        await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Welcome again?"}""");

        var message = Assert.Single(sim.Messages);
        Assert.Equal("welcome", message.Kind);
        Assert.Equal("sms", message.Channel);
        Assert.Equal("+18002223333", message.To);
        Assert.Equal("Welcome aboard!", message.Body);
        Assert.Equal(sim.TenantId, message.TenantId);
    }

    [Fact]
    public async Task No_welcome_for_an_email_only_subscriber()
    {
        using var sim = MtaSim.Create();
        await sim.PostAsync("/v3/subscribers", """{"email":"ada@example.com","welcomeMessage":"Hi"}""");

        Assert.Empty(sim.Messages);
        Assert.Equal(1, sim.SubscriberCount);
    }

    [Theory]
    [InlineData("landline", "landline")]
    [InlineData("unreachable", "unreachable")]
    public async Task Seeded_landline_or_unreachable_number_is_a_400(string lineType, string messagePart)
    {
        using var sim = MtaSim.Create();
        sim.Engine.SetLineType(sim.TenantId, "8002223333", Enum.Parse<MtaLineType>(lineType, true));

        var reply = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Hi"}""");

        MtaSim.AssertError(reply, HttpStatusCode.BadRequest, messagePart);
        Assert.Equal(0, sim.SubscriberCount);
        Assert.Empty(sim.Messages);
    }

    [Fact]
    public async Task Unknown_group_or_custom_field_is_a_400_and_writes_nothing()
    {
        using var sim = MtaSim.Create();
        var group = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"groupIds":[999]}""");
        var field = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"subscriberFields":{"999":"x"}}""");

        MtaSim.AssertError(group, HttpStatusCode.BadRequest, "Group 999");
        MtaSim.AssertError(field, HttpStatusCode.BadRequest, "Custom field 999");
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Send_failure_control_fails_the_request_and_changes_nothing()
    {
        using var sim = MtaSim.Create();
        sim.Engine.SetSendFailure(sim.TenantId, true);

        var reply = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Hi"}""");

        MtaSim.AssertError(reply, HttpStatusCode.InternalServerError, "send");
        Assert.Equal(0, sim.SubscriberCount);
        Assert.Empty(sim.Messages);
    }
}
