using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Reliability.Tests.Support;
using SubscriberSimulator.Engines.Essential;

namespace Reliability.Tests.Security;

/// <summary>Every provider endpoint in the specs refuses a missing or a wrong credential, and changes nothing.</summary>
public sealed class CredentialTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    public static TheoryData<string, string, string> Endpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in ProviderEndpoints.All)
        {
            data.Add(endpoint.Provider, endpoint.Method, endpoint.Path);
        }

        return data;
    }

    [Fact]
    public void EveryProviderHasEndpointsToCheck()
    {
        var providers = ProviderEndpoints.All.Select(endpoint => endpoint.Provider).Distinct().Order().ToArray();
        Assert.Equal(["attentive", "essential", "mta", "sequenzy"], providers);
        Assert.True(ProviderEndpoints.All.Count >= 30, $"only {ProviderEndpoints.All.Count} operations found in openapi/");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task MissingCredentialIsRefused(string provider, string method, string path)
    {
        var endpoint = new ProviderEndpoint(provider, method, path);
        using var client = simulator.Server.CreateClient();
        using var response = await client.SendAsync(Request(endpoint, authorization: null));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task WrongCredentialIsRefused(string provider, string method, string path)
    {
        var endpoint = new ProviderEndpoint(provider, method, path);
        using var client = simulator.Server.CreateClient();
        var wrong = endpoint.Provider == "essential"
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("ACnotAnAccount:wrong-token")))
            : new AuthenticationHeaderValue("Bearer", "wrong-" + Guid.NewGuid().ToString("N"));
        using var response = await client.SendAsync(Request(endpoint, wrong));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EssentialRightAccountWithWrongTokenIsRefusedAndChangesNothing()
    {
        var engine = simulator.Server.GetEngine<EssentialEngine>();
        var account = engine.CreateAccount();
        var channel = engine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Main" });
        using var client = simulator.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"essential/v2/account/channels/{channel}/subscribers/upsert")
        {
            Content = new StringContent("{\"phone_number\":\"2129870001\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(account.AccountSid + ":" + account.AuthToken + "x")));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(engine.ListSubscribers(account.AccountSid));
    }

    private static HttpRequestMessage Request(ProviderEndpoint endpoint, AuthenticationHeaderValue? authorization)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.HasBody)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = authorization;
        return request;
    }
}
