using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.MobileTextAlerts.Api;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts.Api;

/// <summary>
/// The bulk routes (subscribers, group members, opt-outs) skip the generic spec walk for speed and
/// rely on the engine's readers; this keeps the two in agreement: every body the spec rejects, the
/// parser rejects, and the other way round (unknown fields aside, which only the parser rejects).
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

    public static TheoryData<string, bool> GroupIdBodies() => new()
    {
        { """{"subscriberIds":[1]}""", true },
        { """{"subscriberIds":[1,-2,9223372036854775807]}""", true },
        { "{\"subscriberIds\":[" + string.Join(",", Enumerable.Repeat(1, 1000)) + "]}", true },
        { "{\"subscriberIds\":[" + string.Join(",", Enumerable.Repeat(1, 1001)) + "]}", false },
        { """{"subscriberIds":[]}""", false },
        { "{}", false },
        { "[1]", false },
        { """{"subscriberIds":1}""", false },
        { """{"subscriberIds":["1"]}""", false },
        { """{"subscriberIds":[1.5]}""", false },
        { """{"subscriberIds":[null]}""", false },
        { """{"subscriberIds":[9223372036854775808]}""", false },
    };

    public static TheoryData<string, bool> UnsubscribeBodies() => new()
    {
        { """[{"number":"8002223333"}]""", true },
        { """[{"number":"12"},{"number":" "}]""", true },
        { "[" + string.Join(",", Enumerable.Repeat("""{"number":"1"}""", 1000)) + "]", true },
        { "[" + string.Join(",", Enumerable.Repeat("""{"number":"1"}""", 1001)) + "]", false },
        { "[]", false },
        { "{}", false },
        { """{"number":"8002223333"}""", false },
        { "[5]", false },
        { "[{}]", false },
        { """[{"number":""}]""", false },
        { """[{"number":8002223333}]""", false },
        { """[{"number":null}]""", false },
    };

    [Theory]
    [MemberData(nameof(GroupIdBodies))]
    public void Group_bulk_reader_agrees_with_the_spec_on_both_routes(string body, bool valid) =>
        AssertAgreement(body, valid, RequestValues.Empty, root => GroupSubscriberIdsCommand.FromJson(root),
            GroupMemberHandlers.BulkAddOperation, GroupMemberHandlers.BulkRemoveOperation);

    [Theory]
    [MemberData(nameof(UnsubscribeBodies))]
    public void Bulk_unsubscribe_reader_agrees_with_the_spec(string body, bool valid) =>
        AssertAgreement(body, valid, RequestValues.Empty, root => BulkUnsubscribeCommand.FromJson(root), UnsubscribeHandlers.BulkCreateOperation);

    [Theory]
    [MemberData(nameof(CreateBodies))]
    public void Bulk_create_parser_agrees_with_the_spec(string body, bool valid)
    {
        var query = RequestValues.Of(("createOnly", "true"));
        AssertAgreement(body, valid, query, root => BulkCreateCommand.FromJson(root, query), BulkHandlers.CreateOperation);
    }

    [Theory]
    [MemberData(nameof(UpdateBodies))]
    public void Bulk_update_parser_agrees_with_the_spec(string body, bool valid) =>
        AssertAgreement(body, valid, RequestValues.Empty, root => BulkUpdateCommand.FromJson(root), BulkHandlers.UpdateOperation);

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

    /// <summary>The spec (for every operation named) and the reader both accept <paramref name="body"/>, or both refuse it, as <paramref name="valid"/> says.</summary>
    private static void AssertAgreement(string body, bool valid, IRequestValues query, Action<JsonElement> parse, params string[] operationIds)
    {
        using var server = SimulatorServer.CreateInMemory();
        var validator = server.Services.GetRequiredService<SpecValidator>();
        using var document = JsonDocument.Parse(body);

        foreach (var operationId in operationIds)
        {
            Assert.Equal(valid, validator.Validate("mta", operationId, document.RootElement, query).Count == 0);
        }

        Assert.Equal(valid, Accepts(() => parse(document.RootElement)));
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
