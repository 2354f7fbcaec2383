using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Core.Tenants;

/// <summary>Each provider holds at most <see cref="SimulatorOptions.MaxTenantsPerProvider"/> tenants; one more is a 403 in its shape.</summary>
public sealed class TenantCapTests
{
    [Fact]
    public async Task OneTenantBeyondTheCapIsA403AndNothingIsAdded()
    {
        await using var server = TestSimulator.InMemory(o => o.MaxTenantsPerProvider = 2);
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(client, "a")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(client, "b")).StatusCode);

        using var third = await CreateAsync(client, "c");

        Assert.Equal(HttpStatusCode.Forbidden, third.StatusCode);
        var error = (await third.ReadJsonAsync())["error"]!;
        Assert.Equal(403, error["status"]!.GetValue<int>());
        Assert.Contains("at most 2", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("__sim/notes/tenants/a")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(client, "c")).StatusCode);
    }

    [Fact]
    public void TheDefaultFitsATestSimulator() => Assert.Equal(1000, new SimulatorOptions().MaxTenantsPerProvider);

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string id) =>
        client.PostAsync("__sim/notes/tenants", Http.Json($$"""{"id":"{{id}}","token":"{{id}}-token"}"""));
}
