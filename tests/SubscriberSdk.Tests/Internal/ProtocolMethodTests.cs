using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Essential;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Internal;

/// <summary>The protocol-level escape hatch: raw requests through the same pipeline, credential and error mapping.</summary>
public sealed class ProtocolMethodTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_raw_request_returns_the_status_headers_and_body_of_the_provider()
    {
        using var tenant = new EssentialTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550199" });

        var response = await tenant.Client.SendRequestAsync(HttpMethod.Get, $"/v2/account/subscribers?channel_sid={tenant.ChannelSid}&page=1&per_page=10");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(1, response.Attempts);
        Assert.Contains(response.Headers, header => header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("4155550199", response.ReadBodyAsJson()[0].GetProperty("phone_number").GetString());
    }

    [Fact]
    public async Task An_error_status_throws_the_same_exception_as_the_typed_methods()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.SendRequestAsync(HttpMethod.Get, "/v2/account/subscribers/SB_missing"));

        Assert.Equal(404, error.StatusCode);
    }

    [Theory]
    [InlineData("https://elsewhere.example/v2/account/subscribers")]
    [InlineData("//elsewhere.example/v2")]
    [InlineData(" ")]
    public async Task An_absolute_or_empty_path_is_refused_before_anything_is_sent(string path)
    {
        using var tenant = new EssentialTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.SendRequestAsync(HttpMethod.Get, path));

        Assert.Equal("path", error.ParamName);
    }
}
