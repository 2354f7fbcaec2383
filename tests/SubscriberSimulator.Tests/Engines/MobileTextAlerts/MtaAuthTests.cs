using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaAuthTests
{
    [Fact]
    public async Task Missing_api_key_is_a_401_in_the_provider_shape()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync("/v3/subscribers", """{"number":8002223333}""", sim.Anonymous);

        MtaSim.AssertError(reply, HttpStatusCode.Unauthorized, "API key");
        Assert.Equal("unauthorized_error", reply.Json.GetProperty("type").GetString());
        Assert.Equal("MTAUnauthorizedError", reply.Json.GetProperty("name").GetString());
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Unknown_api_key_is_a_401_that_does_not_echo_the_key()
    {
        using var sim = MtaSim.Create();
        using var client = sim.ClientFor("not-a-real-key-12345");

        var reply = await sim.GetAsync("/v3/subscribers", client);

        MtaSim.AssertError(reply, HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("not-a-real-key-12345", reply.Json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_route_and_wrong_method_use_the_provider_error_shape()
    {
        using var sim = MtaSim.Create();
        var unknown = await sim.GetAsync("/v3/no-such-thing");
        var method = await sim.SendAsync(HttpMethod.Put, "/v3/subscribers/bulk", "[]");

        MtaSim.AssertError(unknown, HttpStatusCode.NotFound);
        MtaSim.AssertError(method, HttpStatusCode.MethodNotAllowed);
    }
}
