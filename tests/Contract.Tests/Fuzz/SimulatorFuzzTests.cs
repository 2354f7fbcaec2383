using System.Text;
using Contract.Tests.Contracts;
using SubscriberSimulator;
using Xunit.Abstractions;

namespace Contract.Tests.Fuzz;

/// <summary>
/// Spec-driven fuzz of the simulator, one provider per case: seeded (FUZZ_SEED) and sized
/// (FUZZ_CASES per operation) by environment variables, printing what it tried.
/// </summary>
public sealed class SimulatorFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("essential")]
    [InlineData("sequenzy")]
    [InlineData("attentive")]
    [InlineData("mta")]
    public async Task Generated_requests_get_documented_answers_and_invalid_ones_change_nothing(string providerId)
    {
        var seed = FuzzSettings.Seed;
        var options = new SimulatorOptions();
        options.RateLimits.Enabled = false;
        await using var server = SimulatorServer.CreateInMemory(options);
        using var client = new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress };
        using var controls = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri(server.BaseAddress, "__sim/") };
        using (var freeze = await controls.PostAsync("clock", new StringContent("{\"frozen\":true}", Encoding.UTF8, "application/json")))
        {
            Assert.True(freeze.IsSuccessStatusCode, "Freezing the simulator clock failed.");
        }

        var profile = FuzzProfile.For(providerId);
        var contract = OpenApiContract.Instance;
        var generator = new SchemaValueGenerator(contract.Document(providerId), new Random(seed));
        var tenant = await profile.SeedAsync(controls, client, generator);
        generator.NamedValues = tenant.Values;
        var runner = new FuzzRunner(contract, profile, client, server.OpenConnectionAsync, tenant, generator, KnownSimulatorBugs.Excludes);

        await runner.RunAsync(FuzzSettings.CasesPerOperation);

        output.WriteLine($"Fuzz of {providerId}: seed {seed} (FUZZ_SEED), {FuzzSettings.CasesPerOperation} cases per operation (FUZZ_CASES).");
        foreach (var stats in runner.Stats)
        {
            output.WriteLine(stats.ToString());
        }

        output.WriteLine($"Total: {runner.Stats.Sum(s => s.Tried)} cases tried.");
        Assert.All(runner.Stats, s => Assert.True(s.Tried > 0, $"{s.Operation}: no case was tried."));
        Assert.True(runner.Failures.Count == 0,
            $"{runner.Failures.Count} fuzz failures (seed {seed}); first ones:\n" + string.Join('\n', runner.Failures.Take(25)));
    }
}
