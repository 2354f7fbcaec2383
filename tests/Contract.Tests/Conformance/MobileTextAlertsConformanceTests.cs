using System.Globalization;

namespace Contract.Tests.Conformance;

/// <summary>Mobile Text Alerts v3's documented subscriber behaviours, over HTTP only.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class MobileTextAlertsConformanceTests(ConformanceEnvironment environment)
{
    [Fact]
    public async Task Post_subscribers_creates_then_updates_the_same_record()
    {
        using var target = await environment.MobileTextAlertsAsync();
        var phone = TestPhones.NextTenDigits();

        var created = await target.SendAsync(HttpMethod.Post, "v3/subscribers", new { number = long.Parse(phone, System.Globalization.CultureInfo.InvariantCulture), firstName = "Ada" });
        var updated = await target.SendAsync(HttpMethod.Post, "v3/subscribers", new { e164Number = TestPhones.ToE164(phone), lastName = "Lovelace" });

        Assert.Equal(200, created.Status);
        Assert.Equal(200, updated.Status);
        Assert.Equal(created.Text("data.id"), updated.Text("data.id"));
        Assert.Equal("Ada", updated.Text("data.firstName"));
        Assert.Equal("Lovelace", updated.Text("data.lastName"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task Bulk_create_only_reports_existing_and_invalid_records_as_error_records()
    {
        using var target = await environment.MobileTextAlertsAsync();
        var existing = TestPhones.ToE164(TestPhones.NextTenDigits());
        var fresh = TestPhones.ToE164(TestPhones.NextTenDigits());
        await target.SendAsync(HttpMethod.Post, "v3/subscribers", new { e164Number = existing });

        var bulk = await target.SendAsync(HttpMethod.Post, "v3/subscribers/bulk?createOnly=true",
            new object[] { new { e164Number = existing }, new { e164Number = fresh }, new { firstName = "No contact" } });

        Assert.Equal(200, bulk.Status);
        Assert.Equal("3", bulk.Text("data.totalRecordCount"));
        Assert.Equal("1", bulk.Text("data.createdRecordCount"));
        Assert.Equal("2", bulk.Text("data.errorRecordCount"));
        Assert.Equal("Subscriber already exists", bulk.Text("data.errorRecords.0.error"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task A_missing_subscriber_is_a_404()
    {
        using var target = await environment.MobileTextAlertsAsync();

        var response = await target.SendAsync(HttpMethod.Get, "v3/subscribers/" + Uri.EscapeDataString(TestPhones.ToE164(TestPhones.NextTenDigits())));

        Assert.Equal(404, response.Status);
        Assert.Equal("404", response.Text("httpCode"));
        target.Log.AssertClean(1);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task The_sixteenth_subscriber_request_in_15_seconds_is_a_429_with_retry_after()
    {
        using var target = await environment.MobileTextAlertsAsync();
        var statuses = new List<int>();

        for (var i = 0; i < 16; i++)
        {
            var response = await target.SendAsync(HttpMethod.Get, "v3/subscribers");
            statuses.Add(response.Status);
            if (response.Status == 429)
            {
                Assert.NotNull(response.Message.Headers.RetryAfter);
                Assert.Equal("429", response.Text("httpCode"));
            }
        }

        Assert.Equal(Enumerable.Repeat(200, 15).Append(429), statuses);
        target.Log.AssertClean(16);
    }

    [Fact]
    public async Task Group_members_are_added_counted_and_removed_in_bulk()
    {
        using var target = await environment.MobileTextAlertsAsync();
        var group = await target.SendAsync(HttpMethod.Post, "v3/groups", new { name = "Conformance " + TestPhones.NextTenDigits() });
        var groupId = group.Text("data.id");
        var first = await target.SendAsync(HttpMethod.Post, "v3/subscribers", new { e164Number = TestPhones.ToE164(TestPhones.NextTenDigits()) });
        var second = await target.SendAsync(HttpMethod.Post, "v3/subscribers", new { e164Number = TestPhones.ToE164(TestPhones.NextTenDigits()) });
        var ids = new[] { long.Parse(first.Text("data.id")!, CultureInfo.InvariantCulture), long.Parse(second.Text("data.id")!, CultureInfo.InvariantCulture) };

        var added = await target.SendAsync(HttpMethod.Post, $"v3/groups/{groupId}/subscribers/bulk-create", new { subscriberIds = ids });
        var counted = await target.SendAsync(HttpMethod.Get, $"v3/groups/member-count/bulk?groupIds={groupId}");
        var removed = await target.SendAsync(HttpMethod.Delete, $"v3/groups/{groupId}/subscribers/{ids[0]}");
        var single = await target.SendAsync(HttpMethod.Get, $"v3/groups/{groupId}/member-count");

        Assert.Equal(200, added.Status);
        Assert.Equal($"Added 2 subscribers to group {groupId}.", added.Text("message"));
        Assert.Equal("2", (counted.Navigate("data.memberCounts") as System.Text.Json.Nodes.JsonObject)?[groupId!]?.ToString());
        Assert.Equal(200, removed.Status);
        Assert.Equal($"Deleted subscriber {ids[0]} from group {groupId}.", removed.Text("message"));
        Assert.Equal("1", single.Text("data.memberCount"));
        target.Log.AssertClean(7);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task A_send_never_reaches_an_opted_out_number_and_records_each_message_sent()
    {
        using var target = await environment.MobileTextAlertsAsync();
        var optedOut = TestPhones.ToE164(TestPhones.NextTenDigits());
        var reachable = TestPhones.ToE164(TestPhones.NextTenDigits());
        await target.SendAsync(HttpMethod.Post, "v3/unsubscribes/bulk", new[] { new { number = optedOut } });

        var sent = await target.SendAsync(HttpMethod.Post, "v3/send", new { message = "Conformance check.", subscribers = new[] { optedOut, reachable } });
        var outbox = await target.ControlAsync(HttpMethod.Get, $"outbox?provider=mta&tenant={target.Settings["tenant_id"]}");

        Assert.Equal(200, sent.Status);
        Assert.Equal("1", sent.Text("data.sentCount"));
        Assert.Equal("1", sent.Text("data.optedOutCount"));
        Assert.Equal("1", outbox.Text("meta.total"));
        Assert.Equal(reachable, outbox.Text("messages.0.to"));
        Assert.Equal("message", outbox.Text("messages.0.kind"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task Deleting_a_custom_field_removes_it_and_a_second_delete_is_404()
    {
        using var target = await environment.MobileTextAlertsAsync();
        var field = await target.SendAsync(HttpMethod.Post, "v3/custom-fields", new { name = "Conformance", type = "string" });
        var id = field.Text("data.id");

        var deleted = await target.SendAsync(HttpMethod.Delete, $"v3/custom-fields/{id}");
        var again = await target.SendAsync(HttpMethod.Delete, $"v3/custom-fields/{id}");

        Assert.Equal(200, deleted.Status);
        Assert.Equal(404, again.Status);
        Assert.Equal("404", again.Text("httpCode"));
        target.Log.AssertClean(3);
    }
}
