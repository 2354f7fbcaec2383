using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.MobileTextAlerts.Api;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts.Api;

/// <summary>
/// The bulk routes skip the generic spec walk for speed and rely on the engine's readers; this
/// keeps the two in agreement: every body the spec rejects, the parser rejects, and the other way
/// round (unknown fields aside, which only the parser rejects).
/// </summary>
public sealed class MtaSpecAgreementTests
{
    public static TheoryData<string, bool> CreateBodies() => new()
    {
        { "[]", true },
        { """[{"number":8002223333}]""", true },
        { """[{"number":"800-222-3333"}]""", true },
        { """[{"email":"x","e164Number":"+1","firstName":"a","lastName":"b","employeeNumber":"1","welcomeMessage":"w","groupIds":[1],"subscriberFields":{"1":"a"}}]""", true },
        { "{}", false },
        { "[5]", false },
        { """[{"number":true}]""", false },
        { """[{"number":-1}]""", false },
        { """[{"number":1.5}]""", false },
        { """[{"groupIds":["1"]}]""", false },
        { """[{"groupIds":[1.5]}]""", false },
        { """[{"groupIds":{}}]""", false },
        { """[{"subscriberFields":{"1":1}}]""", false },
        { """[{"firstName":null}]""", false },
        { """[{"email":5}]""", false },
        { "[" + string.Join(",", Enumerable.Repeat("{}", 1001)) + "]", false },
    };

    public static TheoryData<string, bool> UpdateBodies() => new()
    {
        { """[{"id":1,"record":{}}]""", true },
        { """[{"phoneNumber":"8002223333","record":{"firstName":"a"}}]""", true },
        { """[{"email":"a@b.co","record":{"groupIds":[1]}}]""", true },
        { """[{"record":{}}]""", false },
        { """[{"id":1}]""", false },
        { """[{"id":"1","record":{}}]""", false },
        { """[{"id":1,"email":"a@b.co","record":{}}]""", false },
        { """[{"id":1,"record":{"number":true}}]""", false },
        { """[{"id":1,"record":[]}]""", false },
        { "{}", false },
    };

    [Theory]
    [MemberData(nameof(CreateBodies))]
    public void Bulk_create_parser_agrees_with_the_spec(string body, bool valid)
    {
        using var server = SimulatorServer.CreateInMemory();
        var validator = server.Services.GetRequiredService<SpecValidator>();
        using var document = JsonDocument.Parse(body);
        var query = RequestValues.Of(("createOnly", "true"));

        var specAccepts = validator.Validate("mta", BulkHandlers.CreateOperation, document.RootElement, query).Count == 0;
        var parserAccepts = Accepts(() => BulkCreateCommand.FromJson(document.RootElement, query));

        Assert.Equal(valid, specAccepts);
        Assert.Equal(valid, parserAccepts);
    }

    [Theory]
    [MemberData(nameof(UpdateBodies))]
    public void Bulk_update_parser_agrees_with_the_spec(string body, bool valid)
    {
        using var server = SimulatorServer.CreateInMemory();
        var validator = server.Services.GetRequiredService<SpecValidator>();
        using var document = JsonDocument.Parse(body);

        var specAccepts = validator.Validate("mta", BulkHandlers.UpdateOperation, document.RootElement, RequestValues.Empty).Count == 0;
        var parserAccepts = Accepts(() => BulkUpdateCommand.FromJson(document.RootElement));

        Assert.Equal(valid, specAccepts);
        Assert.Equal(valid, parserAccepts);
    }

    [Fact]
    public void Both_reject_a_createOnly_value_other_than_true_or_false()
    {
        using var server = SimulatorServer.CreateInMemory();
        var validator = server.Services.GetRequiredService<SpecValidator>();
        using var document = JsonDocument.Parse("[]");
        var query = RequestValues.Of(("createOnly", "maybe"));

        Assert.NotEmpty(validator.Validate("mta", BulkHandlers.CreateOperation, document.RootElement, query));
        Assert.False(Accepts(() => BulkCreateCommand.FromJson(document.RootElement, query)));
    }

    private static bool Accepts(Action parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (RequestRefusedException)
        {
            return false;
        }
    }
}
