using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

public sealed class SchemaValueGeneratorTests
{
    private readonly OpenApiContract _contract = OpenApiContract.Instance;

    public static TheoryData<string, string> OperationsWithBodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in OpenApiContract.Instance.Operations.Where(o => o.RequestSchema is not null))
        {
            data.Add(operation.Provider.Id, operation.OperationId);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperationsWithBodies))]
    public void Most_generated_bodies_satisfy_the_request_schema(string providerId, string operationId)
    {
        var operation = _contract.Operation(providerId, operationId);
        var generator = new SchemaValueGenerator(_contract.Document(providerId), new Random(7));

        var valid = Enumerable.Range(0, 20)
            .Select(_ => generator.Generate(operation.RequestSchema)!.ToJsonString())
            .Count(body => _contract.ValidateRequest(operation, body).Count == 0);

        Assert.True(valid >= 10, $"{operation.DisplayName}: only {valid} of 20 generated bodies were valid.");
    }

    [Theory]
    [MemberData(nameof(OperationsWithBodies))]
    public void Schema_mutations_are_refused_by_the_spec(string providerId, string operationId)
    {
        var operation = _contract.Operation(providerId, operationId);
        var generator = new SchemaValueGenerator(_contract.Document(providerId), new Random(11));
        var mutator = new BodyMutator(generator, _contract);
        var checkedCount = 0;

        for (var i = 0; i < 30; i++)
        {
            if (mutator.Mutate(operation, generator.Generate(operation.RequestSchema)!) is { } mutation
                && mutation.Kind is FuzzCaseKind.WrongType or FuzzCaseKind.MissingRequired or FuzzCaseKind.OutOfRange or FuzzCaseKind.HugeString)
            {
                checkedCount++;
                Assert.NotEmpty(_contract.ValidateRequest(operation, System.Text.Encoding.UTF8.GetString(mutation.Body)));
            }
        }

        Assert.True(checkedCount > 0, $"{operation.DisplayName}: no schema mutation applied in 30 tries.");
    }

    [Fact]
    public void The_same_seed_generates_the_same_bodies()
    {
        var operation = _contract.Operation("essential", "upsertSubscriber");

        string Generate() => new SchemaValueGenerator(_contract.Document("essential"), new Random(42)).Generate(operation.RequestSchema)!.ToJsonString();

        Assert.Equal(Generate(), Generate());
    }
}
