using System.Text.Json;
using SubscriberSdk.Attentive;
using SubscriberSdk.Tests.Integration;
using SimulatorChannel = SubscriberSimulator.Engines.Attentive.AttentiveChannel;

namespace SubscriberSdk.Tests.Attentive;

public sealed class AttentiveEventsClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task An_event_with_nested_properties_is_recorded_as_sent()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        var occurredAt = new DateTimeOffset(2026, 11, 2, 9, 38, 29, TimeSpan.FromHours(-5));

        var response = await tenant.Client.Events.SendCustomAsync(new AttentiveCustomEventRequest
        {
            Type = "Order Shipped",
            User = new AttentiveEventUser { Phone = "+14155550411" },
            Properties = new Dictionary<string, object?>
            {
                ["Order Id"] = "54321",
                ["total"] = 19.99m,
                ["items"] = new object[] { "hat", 2 },
                ["shipping"] = new Dictionary<string, object?> { ["carrier"] = "UPS", ["express"] = true },
            },
            ExternalEventId = "evt-411",
            OccurredAt = occurredAt,
        });

        Assert.Equal(200, response.StatusCode);
        var recorded = Assert.Single(tenant.Engine.FindUser(tenant.CompanyId, SimulatorChannel.Text, "+14155550411")!.CustomEvents);
        Assert.Equal("evt-411", recorded.ExternalEventId);
        Assert.Equal(occurredAt, recorded.OccurredAt);
        var properties = JsonDocument.Parse(recorded.PropertiesJson!).RootElement;
        Assert.Equal("UPS", properties.GetProperty("shipping").GetProperty("carrier").GetString());
        Assert.True(properties.GetProperty("shipping").GetProperty("express").GetBoolean());
        Assert.Equal(2, properties.GetProperty("items")[1].GetInt32());
        Assert.Equal(19.99m, properties.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Without_an_external_event_id_each_call_gets_its_own_and_a_given_one_is_recorded_once()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        AttentiveCustomEventRequest Event(string? id) => new() { Type = "Viewed", User = new AttentiveEventUser { Email = "ev@example.com" }, ExternalEventId = id };

        await tenant.Client.Events.SendCustomAsync(Event(null));
        await tenant.Client.Events.SendCustomAsync(Event(null));
        await tenant.Client.Events.SendCustomAsync(Event("same"));
        await tenant.Client.Events.SendCustomAsync(Event("same"));

        var events = tenant.Engine.FindUser(tenant.CompanyId, SimulatorChannel.Email, "ev@example.com")!.CustomEvents;
        Assert.Equal(3, events.Count);
        Assert.All(events.Take(2), recorded => Assert.True(Guid.TryParse(recorded.ExternalEventId, out _)));
        Assert.NotEqual(events[0].ExternalEventId, events[1].ExternalEventId);
    }
}
