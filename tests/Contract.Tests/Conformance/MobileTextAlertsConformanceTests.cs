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
}
