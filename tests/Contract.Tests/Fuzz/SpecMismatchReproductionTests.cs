using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;
using SubscriberSimulator;

namespace Contract.Tests.Fuzz;

/// <summary>
/// Answers the fuzz found (seeds 2 and 3) with a status the spec does not document for the
/// operation. Each test asserts the contract: the status must be one the spec lists. Whether the
/// spec or the simulator changes is the lead's call; reported with these reproductions.
/// </summary>
[Trait("Category", "KnownSimulatorBug")]
public sealed class SpecMismatchReproductionTests
{
    private readonly OpenApiContract _contract = OpenApiContract.Instance;

    [Fact]
    public async Task Essential_list_subscribers_with_an_unknown_channel_answers_a_documented_status()
    {
        await using var server = SimulatorServer.CreateInMemory();
        using var client = new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress };
        using var controls = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri(server.BaseAddress, "__sim/") };
        var tenant = await FuzzProfile.For("essential").SeedAsync(controls, client, new SchemaValueGenerator(_contract.Document("essential"), new Random(1)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "essential/v2/account/subscribers?channel_sid=unknownChannel");
        request.Headers.Authorization = tenant.Authorization;

        using var response = await client.SendAsync(request);

        var operation = _contract.Operation("essential", "listSubscribers");
        Assert.Empty(_contract.ValidateResponse(operation, (int)response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("sequenzy/api/v1/subscribers/tags", "addSubscriberTag", "\"tag\":\"x\"")]
    [InlineData("sequenzy/api/v1/subscribers/tags/bulk", "addSubscriberTags", "\"tags\":[\"x\"]")]
    [InlineData("sequenzy/api/v1/subscribers/tags/remove", "removeSubscriberTag", "\"tag\":\"x\"")]
    public async Task Sequenzy_tag_calls_naming_two_different_subscribers_answer_a_documented_status(string path, string operationId, string tagJson)
    {
        await using var server = SimulatorServer.CreateInMemory();
        using var client = new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress };
        using var controls = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri(server.BaseAddress, "__sim/") };
        var tenant = await FuzzProfile.For("sequenzy").SeedAsync(controls, client, new SchemaValueGenerator(_contract.Document("sequenzy"), new Random(1)));
        await SendAsync(client, tenant.Authorization, "sequenzy/api/v1/subscribers", """{"email":"other@example.com"}""");

        // The seeded subscriber owns externalId "fuzz-ext-1"; the email belongs to another subscriber.
        using var response = await SendAsync(client, tenant.Authorization, path, $$"""{"email":"other@example.com","externalId":"fuzz-ext-1",{{tagJson}}}""");

        var operation = _contract.Operation("sequenzy", operationId);
        Assert.Empty(_contract.ValidateResponse(operation, (int)response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, AuthenticationHeaderValue authorization, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = authorization;
        return await client.SendAsync(request);
    }
}
