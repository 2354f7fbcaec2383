using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;

namespace SubscriberSimulator.Tests.Core.Validation;

/// <summary>The real provider documents are embedded and compile with the keywords the validator supports.</summary>
public sealed class EmbeddedSpecTests
{
    public static TheoryData<string> Providers => new() { "essential", "mta", "sequenzy", "attentive" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void EveryOperationOfTheEmbeddedDocumentCanBeValidated(string provider)
    {
        var validator = new SpecValidator();
        Assert.Contains(SpecValidator.ResourceName(provider), SpecValidator.EmbeddedDocuments());
        var operations = validator.OperationIds(provider);
        Assert.NotEmpty(operations);

        using var empty = JsonDocument.Parse("{}");
        foreach (var operation in operations)
        {
            // Violations are expected (required fields); what matters is that nothing throws.
            var violations = validator.Validate(provider, operation, empty.RootElement, RequestValues.Empty);
            Assert.All(violations, violation => Assert.False(string.IsNullOrEmpty(violation.Message)));
        }
    }
}
