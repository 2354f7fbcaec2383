using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SubscriberSimulator;

namespace Contract.Tests.Fuzz;

/// <summary>
/// Reproductions of simulator bugs the fuzz found, each asserting the correct behaviour (so they
/// fail until the simulator is fixed). Reported to the lead; see <see cref="KnownSimulatorBugs"/>.
/// </summary>
[Trait("Category", "KnownSimulatorBug")]
public sealed class SimulatorBugReproductionTests
{
    // A JSON string holding the bytes C3 28: a UTF-8 lead byte followed by a byte that cannot continue it.
    private static readonly byte[] InvalidUtf8String = [(byte)'"', 0xC3, 0x28, (byte)'"'];

    // Well-formed JSON whose escape decodes to a lone high surrogate (issue 15 item 5).
    private static readonly byte[] LoneSurrogateString = Encoding.ASCII.GetBytes("\"\\ud800x\"");

    [Theory]
    [InlineData("essential")]
    [InlineData("sequenzy")]
    [InlineData("attentive")]
    [InlineData("mta")]
    public Task Invalid_utf8_inside_a_json_string_is_a_400_in_the_provider_error_shape(string providerId) =>
        AssertBadStringIs400Async(providerId, InvalidUtf8String);

    [Theory]
    [InlineData("essential")]
    [InlineData("sequenzy")]
    [InlineData("attentive")]
    [InlineData("mta")]
    public Task An_escaped_lone_surrogate_in_a_json_string_is_a_400_in_the_provider_error_shape(string providerId) =>
        AssertBadStringIs400Async(providerId, LoneSurrogateString);

    private static async Task AssertBadStringIs400Async(string providerId, byte[] badString)
    {
        await using var server = SimulatorServer.CreateInMemory();
        using var client = new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress };
        using var controls = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri(server.BaseAddress, "__sim/") };
        var profile = FuzzProfile.For(providerId);
        var generator = new SchemaValueGenerator(Contracts.OpenApiContract.Instance.Document(providerId), new Random(1));
        var tenant = await profile.SeedAsync(controls, client, generator);
        var (path, prefix, suffix) = providerId switch
        {
            "essential" => ($"essential/v2/account/channels/{tenant.Values["channel_sid"]}/subscribers/upsert", "{\"phone_number\":\"4155550177\",\"email_address\":", "}"),
            "sequenzy" => ("sequenzy/api/v1/subscribers", "{\"email\":\"utf8@example.com\",\"firstName\":", "}"),
            "attentive" => ("attentive/v1/subscriptions", "{\"user\":{\"phone\":\"+14155550177\",\"email\":", "},\"signUpSourceId\":\"900\"}"),
            _ => ("mta/v3/subscribers", "{\"e164Number\":\"+14155550177\",\"firstName\":", "}"),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent([.. Encoding.UTF8.GetBytes(prefix), .. badString, .. Encoding.UTF8.GetBytes(suffix)]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = tenant.Authorization;

        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Null(profile.CheckErrorBody(400, body));
    }
}
