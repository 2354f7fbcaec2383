using System.Net;
using System.Text;
using SubscriberSdk.TestSupport.Http;

namespace Contract.Tests.Contracts;

public sealed class ContractValidatingHandlerTests
{
    [Fact]
    public async Task A_conforming_exchange_is_recorded_without_violations_and_stays_readable()
    {
        var inner = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.OK, """{"success":true,"data":{"rows":[],"page":1,"pageSize":50,"total":0}}""");
        var log = new ContractViolationLog();
        using var client = new HttpClient(new ContractValidatingHandler(inner, log)) { BaseAddress = new Uri("http://sim.test/") };

        using var response = await client.GetAsync("mta/v3/groups");

        Assert.Equal("""{"success":true,"data":{"rows":[],"page":1,"pageSize":50,"total":0}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, log.Exchanges);
        log.AssertClean();
    }

    [Fact]
    public async Task A_bad_request_body_and_an_undocumented_status_are_both_recorded()
    {
        var inner = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.Conflict, """{"status":409,"message":"x"}""");
        var log = new ContractViolationLog();
        using var client = new HttpClient(new ContractValidatingHandler(inner, log)) { BaseAddress = new Uri("http://sim.test/") };
        using var content = new StringContent("""{"phone_number":12}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("essential/v2/account/channels/ch1/subscribers/upsert", content);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(log.Violations, v => v.Location == "request" && v.Path == "$.phone_number");
        Assert.Contains(log.Violations, v => v.Location == "response 409");
        Assert.Equal(1, inner.RequestCount);
    }

    [Fact]
    public async Task A_path_outside_the_specs_is_a_violation()
    {
        var inner = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.OK);
        var log = new ContractViolationLog();
        using var client = new HttpClient(new ContractValidatingHandler(inner, log)) { BaseAddress = new Uri("http://sim.test/") };

        using var response = await client.GetAsync("sequenzy/api/v1/nothing-here");

        var violation = Assert.Single(log.Violations);
        Assert.Contains("no operation", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_provider_paths_are_read_relative_to_the_sandbox_base_path()
    {
        var inner = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.OK, """{"success":true,"data":{"rows":[],"page":1,"pageSize":50,"total":0}}""");
        var log = new ContractViolationLog();
        using var client = new HttpClient(new ContractValidatingHandler(inner, log, ProviderSpec.MobileTextAlerts, basePath: "")) { BaseAddress = new Uri("https://api.example.test/") };

        using var response = await client.GetAsync("v3/groups");

        log.AssertClean();
    }
}
