using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSdk.Tests.MobileTextAlerts;
using SubscriberSimulator;

namespace SubscriberSdk.Tests.Readme;

/// <summary>
/// The example stubs of the READMEs, taken from their text, catch what the SDK really sends: the
/// Mobile Text Alerts upsert answers the stub's 503 instead of the engine's 201.
/// </summary>
public sealed partial class ReadmeStubTests
{
    public static TheoryData<string, string> Stubs() => new()
    {
        { "README.md", "__admin/mappings" },
        { "mock-server/SubscriberSimulator/README.md", "__admin/mappings" },
        { "mock-server/SubscriberSimulator/README.md", "__admin/mappings/wiremock.org" },
    };

    [Theory]
    [MemberData(nameof(Stubs))]
    public async Task The_readme_stub_answers_the_SDKs_upsert(string readme, string endpoint)
    {
        var stub = FirstStubPostedTo(File.ReadAllText(ReadmeCode.RepositoryFile(readme)), endpoint);
        using var server = SimulatorServer.CreateInMemory();
        var fixture = new SimulatorFixture(server);
        using var tenant = new MobileTextAlertsTestTenant(fixture, o => o.Retry.MaxRetries = 0);
        using (var admin = server.CreateClient())
        {
            using var content = new StringContent(stub, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            using var added = await admin.PostAsync(new Uri(endpoint, UriKind.Relative), content);
            Assert.Equal(System.Net.HttpStatusCode.Created, added.StatusCode);
        }

        var error = await Assert.ThrowsAnyAsync<SubscriberApiException>(() =>
            tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550530" }));

        Assert.Equal(503, error.StatusCode);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.Account.TenantId));
    }

    /// <summary>The JSON of the first <c>curl ... POST $S/{endpoint} ... -d '...'</c> in the README whose stub is for the MTA upsert.</summary>
    private static string FirstStubPostedTo(string markdown, string endpoint)
    {
        foreach (Match match in CurlPost().Matches(markdown))
        {
            if (match.Groups["endpoint"].Value == endpoint && match.Groups["json"].Value.Contains("/mta/v3/subscribers\"", StringComparison.Ordinal))
            {
                return match.Groups["json"].Value;
            }
        }

        throw new InvalidOperationException($"No stub for the MTA upsert posted to /{endpoint} in the README.");
    }

    [GeneratedRegex(@"curl -s -X POST \$S/(?<endpoint>[^\s]+) -H [^\n]*? -d '(?<json>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex CurlPost();
}
