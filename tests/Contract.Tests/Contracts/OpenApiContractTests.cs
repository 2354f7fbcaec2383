namespace Contract.Tests.Contracts;

public sealed class OpenApiContractTests
{
    private readonly OpenApiContract _contract = OpenApiContract.Instance;

    [Theory]
    [InlineData("POST", "/essential/v2/account/channels/ch1/subscribers/upsert", "essential", "upsertSubscriber")]
    [InlineData("GET", "/sequenzy/api/v1/subscribers/external", "sequenzy", "getSubscriberByExternalId")]
    [InlineData("GET", "/sequenzy/api/v1/subscribers/a%40b.com", "sequenzy", "getSubscriberByEmail")]
    [InlineData("POST", "/attentive/v1/subscriptions/unsubscribe", "attentive", "unsubscribeSubscriptions")]
    [InlineData("PATCH", "/mta/v3/subscribers/bulk", "mta", "bulkUpdateSubscribers")]
    public void Finds_the_operation_for_a_prefixed_path_preferring_literal_segments(string method, string path, string provider, string operationId)
    {
        var operation = _contract.FindOperation(method, path);

        Assert.NotNull(operation);
        Assert.Equal(provider, operation.Provider.Id);
        Assert.Equal(operationId, operation.OperationId);
    }

    [Fact]
    public void An_unknown_path_or_method_has_no_operation()
    {
        Assert.Null(_contract.FindOperation("GET", "/essential/v2/nowhere"));
        Assert.Null(_contract.FindOperation("PUT", "/mta/v3/subscribers"));
        Assert.Null(_contract.FindOperation("GET", "/other/v1/subscribers"));
    }

    [Fact]
    public void A_valid_request_body_has_no_violations()
    {
        var operation = _contract.Operation("essential", "upsertSubscriber");

        var violations = _contract.ValidateRequest(operation, """{"phone_number":"4155550100","properties":{"a":"b"},"tag_sids":["t1"]}""");

        Assert.Empty(violations);
    }

    [Fact]
    public void A_wrong_type_is_reported_with_the_path_of_the_field()
    {
        var operation = _contract.Operation("essential", "upsertSubscriber");

        var violations = _contract.ValidateRequest(operation, """{"phone_number":"4155550100","properties":{"a":5}}""");

        var violation = Assert.Single(violations, v => v.Message.StartsWith("StringExpected", StringComparison.Ordinal));
        Assert.Equal("$.properties.a", violation.Path);
        Assert.Equal("essential.upsertSubscriber", violation.Operation);
    }

    [Fact]
    public void A_missing_required_field_is_reported()
    {
        var operation = _contract.Operation("essential", "upsertSubscriber");

        var violations = _contract.ValidateRequest(operation, """{"email_address":"a@example.com"}""");

        Assert.Contains(violations, v => v.Message.Contains("PropertyRequired", StringComparison.Ordinal) && v.Message.Contains("phone_number", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undocumented_status_is_a_violation()
    {
        var operation = _contract.Operation("essential", "getSubscriber");

        var violation = Assert.Single(_contract.ValidateResponse(operation, 418, "{}"));

        Assert.Contains("418", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_body_is_checked_against_its_status_schema()
    {
        var operation = _contract.Operation("sequenzy", "createSubscriber");

        var good = _contract.ValidateResponse(operation, 400, """{"success":false,"error":"bad"}""");
        var bad = _contract.ValidateResponse(operation, 400, """{"success":false,"error":12}""");

        Assert.Empty(good);
        Assert.Contains(bad, v => v.Path == "$.error");
    }

    [Fact]
    public void A_body_that_is_not_json_is_a_violation()
    {
        var operation = _contract.Operation("attentive", "addSubscriptions");

        var violation = Assert.Single(_contract.ValidateRequest(operation, "{not json"));

        Assert.Equal("$", violation.Path);
    }

    [Fact]
    public void Nullable_fields_accept_null()
    {
        var schemas = OpenApiSchemaConverter.Convert(System.Text.Json.Nodes.JsonNode.Parse("""{"type":"string","nullable":true,"enum":["a"]}"""))!;

        Assert.Equal("""{"type":["string","null"],"enum":["a",null]}""", schemas.ToJsonString());
    }
}
