using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Benchmarks.Load;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;

namespace Benchmarks.Validation;

/// <summary>
/// Request-body validation against the providers' OpenAPI schemas: the simulator's own validator
/// (<see cref="SpecValidator"/>, the baseline) against NJsonSchema (which WireMock.Net already brings).
/// Issue 13: the library replaces the own validator if it is within 20% of it. Both parse the body
/// from text and validate it; an Essential upsert (one small object) and a Mobile Text Alerts bulk
/// create of 1000 records.
/// </summary>
[MemoryDiagnoser]
public class SpecValidationBenchmarks
{
    private static readonly RequestValues NoQuery = RequestValues.Empty;

    private readonly SpecValidator _own = new();
    private NJsonSchema.JsonSchema _library = null!;
    private string _provider = null!;
    private string _operation = null!;
    private string _body = null!;

    [Params("essential upsert", "mta bulk x1000")]
    public string Body { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_provider, _operation, _body) = Body == "essential upsert"
            ? ("essential", "upsertSubscriber", "{\"phone_number\":\"4155550100\",\"email_address\":\"ada@example.com\",\"properties\":{\"plan\":\"gold\"},\"tag_sids\":[\"tag1\"],\"send_welcome_series\":true}")
            : ("mta", "bulkCreateSubscribers", "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i => $"{{\"number\":\"{SyntheticPhones.TenDigits(i)}\",\"firstName\":\"Bench\",\"email\":\"b{i}@example.com\",\"groupIds\":[1]}}")) + "]");
        using var document = typeof(SpecValidator).Assembly.GetManifestResourceStream(SpecValidator.ResourceName(_provider))
            ?? throw new InvalidOperationException($"No embedded document for {_provider}.");
        _library = NJsonSchema.JsonSchema.FromJsonAsync(InlinedSchema.RequestBody(document, _operation)).GetAwaiter().GetResult();

        // Both must accept the body, or the comparison would time different work.
        if (Own() != 0 || Library() != 0)
        {
            throw new InvalidOperationException($"The {Body} body is not valid for both validators (own {Own()}, NJsonSchema {Library()} violations).");
        }
    }

    [Benchmark(Baseline = true)]
    public int Own()
    {
        using var parsed = JsonDocument.Parse(_body);
        return _own.Validate(_provider, _operation, parsed.RootElement, NoQuery).Count;
    }

    [Benchmark]
    public int Library() => _library.Validate(_body).Count;
}
