using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;

namespace SubscriberSimulator.Tests.Core.Validation;

public sealed class SpecValidatorTests
{
    private const string Valid = """{"email":"a@example.com","status":"active"}""";

    private static readonly SpecValidator Validator = new(provider => provider == "fixture" ? new MemoryStream(Encoding.UTF8.GetBytes(SpecFixture.Json)) : null);

    private static readonly IRequestValues GoodQuery = Query(("limit", "10"));

    private static IRequestValues Query(params (string Name, string Value)[] values) =>
        new RequestValues(values.Select(v => KeyValuePair.Create(v.Name, new StringValues(v.Value))));

    private static IReadOnlyList<SpecViolation> Body(string json, string operation = "createSubscriber", IRequestValues? query = null)
    {
        using var document = JsonDocument.Parse(json);
        return Validator.Validate("fixture", operation, document.RootElement, query ?? GoodQuery);
    }

    private static void AssertSingle(IReadOnlyList<SpecViolation> violations, string pointer, string messagePart)
    {
        var violation = Assert.Single(violations);
        Assert.Equal(pointer, violation.Pointer);
        Assert.Contains(messagePart, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidBodyHasNoViolations() => Assert.Empty(Body(Valid));

    [Fact]
    public void MissingRequiredPropertyIsReportedWithItsPointer() =>
        AssertSingle(Body("""{"email":"a@example.com"}"""), "/status", "required");

    [Fact]
    public void WrongTypeIsReported() =>
        AssertSingle(Body("""{"email":"a@example.com","status":"active","age":"ten"}"""), "/age", "must be an integer");

    [Fact]
    public void EnumIsEnforcedWithoutEchoingTheValue()
    {
        var violations = Body("""{"email":"a@example.com","status":"secret-value"}""");
        AssertSingle(violations, "/status", "\"active\", \"unsubscribed\"");
        Assert.DoesNotContain("secret-value", violations[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"email":"not-an-email","status":"active"}""", "/email", "valid email")]
    [InlineData("""{"email":"a@example.com","status":"active","createdAt":"yesterday"}""", "/createdAt", "valid date-time")]
    [InlineData("""{"email":"a@example.com","status":"active","birthday":"2020-13-01"}""", "/birthday", "valid date")]
    [InlineData("""{"email":"a@example.com","status":"active","count":1.5}""", "/count", "integer")]
    [InlineData("""{"email":"a@example.com","status":"active","name":"x"}""", "/name", "at least 2 characters")]
    [InlineData("""{"email":"abcdefghijklmnopqrstuvwxyz@example.com","status":"active"}""", "/email", "at most 30 characters")]
    [InlineData("""{"email":"a@example.com","status":"active","age":-1}""", "/age", "at least 0")]
    [InlineData("""{"email":"a@example.com","status":"active","age":150}""", "/age", "less than 150")]
    [InlineData("""{"email":"a@example.com","status":"active","attributes":{"a":"1","b":"2","c":"3"}}""", "/attributes", "at most 2 properties")]
    [InlineData("""{"email":"a@example.com","status":"active","attributes":{"a":1}}""", "/attributes/a", "must be a string")]
    [InlineData("""{"email":"a@example.com","status":"active","address":{"zip":"1"}}""", "/address/zip", "not an allowed property")]
    [InlineData("""{"email":"a@example.com","status":"active","parent":{"email":"b@example.com"}}""", "/parent/status", "required")]
    [InlineData("""{"email":"a@example.com","status":null}""", "/status", "must not be null")]
    public void KeywordViolationsAreReported(string json, string pointer, string messagePart) => AssertSingle(Body(json), pointer, messagePart);

    [Fact]
    public void NullableAllowsNull() =>
        Assert.Empty(Body("""{"email":"a@example.com","status":"active","birthday":null}"""));

    [Fact]
    public void Int32FormatRejectsLargeIntegersOnQuery()
    {
        using var document = JsonDocument.Parse(Valid);
        var violations = Validator.Validate("fixture", "createSubscriber", document.RootElement, Query(("limit", "3000000000")));
        Assert.Contains(violations, v => v.Pointer == "?limit");
    }

    [Fact]
    public void QueryParametersAreCoercedAndChecked()
    {
        using var document = JsonDocument.Parse(Valid);
        Assert.Empty(Validator.Validate("fixture", "createSubscriber", document.RootElement, Query(("limit", "5"), ("tags", "a,b"), ("verbose", "true"))));
        AssertSingle(Validator.Validate("fixture", "createSubscriber", document.RootElement, Query()), "?limit", "required");
        AssertSingle(Validator.Validate("fixture", "createSubscriber", document.RootElement, Query(("limit", "abc"))), "?limit", "integer");
        AssertSingle(Validator.Validate("fixture", "createSubscriber", document.RootElement, Query(("limit", "1"), ("tags", "a,z"))), "?tags/1", "must be one of");
        AssertSingle(Validator.Validate("fixture", "createSubscriber", document.RootElement, Query(("limit", "1"), ("verbose", "maybe"))), "?verbose", "boolean");
    }

    [Fact]
    public void RequiredBodyMustBePresent() =>
        AssertSingle(Validator.Validate("fixture", "createSubscriber", null, GoodQuery), string.Empty, "body is required");

    [Fact]
    public void ArraysThroughRequestBodyRefsAreChecked()
    {
        AssertSingle(Body("""{"records":[]}""", "bulk"), "/records", "at least 1 items");
        AssertSingle(Body("""{"records":[{},{},{},{}]}""", "bulk").Where(v => v.Pointer == "/records").ToArray(), "/records", "at most 3 items");
        AssertSingle(Body("""{"records":[{"email":"a@example.com","status":"active"},{"email":"bad","status":"active"}]}""", "bulk"), "/records/1/email", "valid email");
    }

    [Fact]
    public void OneOfNeedsExactlyOneMatchAndExplainsTheClosest()
    {
        Assert.Empty(Body("""{"email":"a@example.com"}""", "contact"));
        Assert.Empty(Body("""{"phone":"+14155550100"}""", "contact"));
        var none = Body("""{"phone":"0044"}""", "contact");
        Assert.Contains(none, v => v.Pointer == string.Empty && v.Message.Contains("matched none", StringComparison.Ordinal));
        Assert.Contains(none, v => v.Pointer == "/phone" && v.Message.Contains("pattern", StringComparison.Ordinal));
        Assert.Contains(Body("""{"email":"a@example.com","phone":"+14155550100"}""", "contact"), v => v.Message.Contains("exactly one", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownOperationOrProviderThrows()
    {
        Assert.True(Validator.HasOperation("fixture", "listSubscribers"));
        Assert.False(Validator.HasOperation("fixture", "nope"));
        Assert.False(Validator.HasOperation("missing", "nope"));
        var unknownOperation = Assert.Throws<InvalidOperationException>(() => Validator.Validate("fixture", "nope", null, GoodQuery));
        Assert.Contains("nope", unknownOperation.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Validator.Validate("missing", "x", null, GoodQuery));
    }

    [Fact]
    public void ResourceNamesFollowTheOpenApiFileNames()
    {
        Assert.Equal("openapi/mobile-text-alerts.json", SpecValidator.ResourceName("mta"));
        Assert.Equal("openapi/essential.json", SpecValidator.ResourceName("essential"));
    }
}
