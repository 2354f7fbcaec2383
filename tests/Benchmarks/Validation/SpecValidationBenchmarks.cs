using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;

namespace Benchmarks.Validation;

/// <summary>
/// Request-body validation against the providers' OpenAPI schemas: the simulator's own validator
/// (<see cref="SpecValidator"/>, the baseline) against the two libraries issue 13 names, NJsonSchema
/// (which WireMock.Net already brings) and JsonSchema.Net. A library replaces the own validator if it is
/// within 20% of it. Each parses the body from text and validates it; an Essential upsert (one small
/// object) and a Mobile Text Alerts bulk create of 1000 records.
/// </summary>
[MemoryDiagnoser]
public class SpecValidationBenchmarks
{
    private static readonly RequestValues NoQuery = RequestValues.Empty;

    // Formats are checked as the own validator checks them (email, int64); JsonSchema.Net treats them as
    // annotations unless told. Flag output (valid or not, no error list) is the library's cheapest mode.
    private static readonly EvaluationOptions JsonSchemaNetOptions = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.Flag };

    private readonly SpecValidator _own = new();
    private ValidationInput _input = null!;
    private global::NJsonSchema.JsonSchema _njsonSchema = null!;
    private JsonSchema _jsonSchemaNet = null!;

    [Params(ValidationInput.EssentialUpsert, ValidationInput.MtaBulk)]
    public string Body { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = ValidationInput.Named(Body);
        using var document = typeof(SpecValidator).Assembly.GetManifestResourceStream(SpecValidator.ResourceName(_input.Provider))
            ?? throw new InvalidOperationException($"No embedded document for {_input.Provider}.");
        var schema = InlinedSchema.RequestBody(document, _input.Operation);
        _njsonSchema = global::NJsonSchema.JsonSchema.FromJsonAsync(schema).GetAwaiter().GetResult();
        _jsonSchemaNet = JsonSchema.FromText(schema);
        RequireSameVerdicts();
    }

    [Benchmark(Baseline = true)]
    public bool Own() => Own(_input.Valid);

    [Benchmark]
    public bool NJsonSchema() => NJsonSchema(_input.Valid);

    [Benchmark]
    public bool JsonSchemaNet() => JsonSchemaNet(_input.Valid);

    // Every validator accepts the valid body and refuses its broken twin, or the comparison would time different work.
    private void RequireSameVerdicts()
    {
        var verdicts = new (string Validator, bool Valid, bool Invalid)[]
        {
            ("own", Own(_input.Valid), Own(_input.Invalid)),
            ("NJsonSchema", NJsonSchema(_input.Valid), NJsonSchema(_input.Invalid)),
            ("JsonSchema.Net", JsonSchemaNet(_input.Valid), JsonSchemaNet(_input.Invalid)),
        };
        if (verdicts.Any(verdict => !verdict.Valid || verdict.Invalid))
        {
            throw new InvalidOperationException($"The validators disagree on the {Body} bodies (valid body accepted, broken twin accepted): "
                + string.Join("; ", verdicts.Select(verdict => $"{verdict.Validator} {verdict.Valid}, {verdict.Invalid}")));
        }
    }

    private bool Own(string body)
    {
        using var parsed = JsonDocument.Parse(body);
        return _own.Validate(_input.Provider, _input.Operation, parsed.RootElement, NoQuery).Count == 0;
    }

    private bool NJsonSchema(string body) => _njsonSchema.Validate(body).Count == 0;

    private bool JsonSchemaNet(string body)
    {
        using var parsed = JsonDocument.Parse(body);
        return _jsonSchemaNet.Evaluate(parsed.RootElement, JsonSchemaNetOptions).IsValid;
    }
}
