using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal.Json;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.MobileTextAlerts.Internal;
using EssentialSubscriber = SubscriberSdk.Essential.Generated.Models.Subscriber;

namespace SubscriberSdk.Tests.Internal.Json;

/// <summary>
/// Answers read with System.Text.Json source generation give the facade the same values kiota's parse nodes
/// give it: known fields, unknown fields (kept as additional properties), free-form maps, dates, enums
/// (an unknown value is null), the integer-or-string <c>number</c>, and a byte order mark.
/// </summary>
public sealed class KiotaJsonModelsReadTests
{
    private const string EssentialSubscriberJson = """
        {"sid":"SB1","account_sid":"AC1","channel_sid":"CH1","phone_number":"4155550101","email_address":null,
         "status":"subscribed","tag_sids":["TG1"],"properties":{"plan":"gold","visits":3,"vip":true,"address":{"city":"Oslo"}},
         "created_at":"2026-12-03T15:00:00Z","subscribed_at":"2026-12-03T15:00:00.123+01:00","updated_at":"Thu, 03 Dec 2026 15:00:00 GMT",
         "unsubscribed_at":"not a date","carrier":"T-Mobile","loyalty":{"tier":2},"flags":[1,"two",null]}
        """;

    private const string BulkCreateJson = """
        {"message":"ok","data":{"totalRecordCount":4,"createdRecordCount":2,"errorRecordCount":2,
         "createdRecords":[
           {"id":11,"number":4155550101,"e164Number":"+14155550101","email":"a@example.com","firstName":"Zoë","lastName":null,
            "groups":[{"id":187561,"name":"VIP","addedToGroupAt":"2026-12-03T15:00:00Z","extra":1}],
            "subscriberFieldData":[{"id":1,"subscriberFieldId":9,"data":"42"}],"date":"2026-12-03T15:00:00Z","signupMethod":3,"carrierId":5,"countryId":1,"longNumber":14155550101,"unknownField":"kept"},
           {"id":12,"e164Number":"+14155550102"}],
         "errorRecords":[
           {"error":"Subscriber already exists","number":4155550103,"e164Number":"+14155550103","groupIds":[1,2],"subscriberFields":{"size":"9","n":7}},
           {"error":"Invalid number","number":"555-abc","email":null}]}}
        """;

    [Fact]
    public async Task An_Essential_subscriber_maps_to_the_same_facade_subscriber()
    {
        var (kiota, fast) = await ReadBothAsync(EssentialSubscriberJson, EssentialJsonContext.Models, EssentialSubscriber.CreateFromDiscriminatorValue);

        Assert.IsType<JsonElement>(fast.AdditionalData["loyalty"]);
        Assert.Null(fast.UnsubscribedAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero), fast.UpdatedAt);
        AssertSameJson(EssentialModelMapper.ToSubscriber(kiota), EssentialModelMapper.ToSubscriber(fast));
    }

    [Fact]
    public async Task An_unknown_status_reads_as_null_as_with_kiota()
    {
        var json = """{"sid":"SB1","status":"paused"}""";
        var (kiota, fast) = await ReadBothAsync(json, EssentialJsonContext.Models, EssentialSubscriber.CreateFromDiscriminatorValue);

        Assert.Null(kiota.Status);
        Assert.Null(fast.Status);
    }

    [Fact]
    public async Task A_bulk_create_answer_maps_to_the_same_facade_result()
    {
        var (kiota, fast) = await ReadBothAsync(BulkCreateJson, MobileTextAlertsJsonContext.Models, BulkCreateSubscribersResponse.CreateFromDiscriminatorValue);

        Assert.Equal(4155550103, fast.Data!.ErrorRecords![0].Number!.Int64);
        Assert.Equal("555-abc", fast.Data.ErrorRecords[1].Number!.String);
        AssertSameJson(MobileTextAlertsModelMapper.ToBulkCreateResult(kiota.Data!), MobileTextAlertsModelMapper.ToBulkCreateResult(fast.Data));
    }

    [Fact]
    public async Task A_bulk_update_answer_maps_to_the_same_facade_result()
    {
        var json = """
            {"data":{"totalRecordCount":3,"updatedRecordCount":1,"errorRecordCount":2,
             "updatedRecords":[{"id":7,"phoneNumber":null,"record":{"id":7,"e164Number":"+14155550101","firstName":"Ann","groups":[]}}],
             "errorRecords":[{"phoneNumber":"+14155550109","error":"Subscriber not found"},{"email":"x@example.com","error":"Subscriber not found","hint":"check"}]}}
            """;
        var (kiota, fast) = await ReadBothAsync(json, MobileTextAlertsJsonContext.Models, BulkUpdateSubscribersResponse.CreateFromDiscriminatorValue);

        AssertSameJson(MobileTextAlertsModelMapper.ToBulkUpdateResult(kiota.Data!), MobileTextAlertsModelMapper.ToBulkUpdateResult(fast.Data!));
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped()
    {
        var (_, fast) = await ReadBothAsync("\uFEFF{\"sid\":\"SB1\"}", EssentialJsonContext.Models, EssentialSubscriber.CreateFromDiscriminatorValue);

        Assert.Equal("SB1", fast.Sid);
    }

    [Fact]
    public async Task A_model_the_context_does_not_list_is_read_by_kiota()
    {
        var node = await EssentialJsonContext.Models.ParseNodeFactory().GetRootParseNodeAsync(KiotaJsonModels.ContentType, Utf8("""{"status":404,"message":"Channel not found"}"""));

        var error = node.GetObjectValue(SubscriberSdk.Essential.Generated.Models.ErrorResponse.CreateFromDiscriminatorValue);

        Assert.Equal("Channel not found", error.MessageEscaped);
    }

    private static async Task<(T Kiota, T Fast)> ReadBothAsync<T>(string json, KiotaJsonModels models, ParsableFactory<T> factory)
        where T : IParsable
    {
        var kiotaNode = await new JsonParseNodeFactory().GetRootParseNodeAsync(KiotaJsonModels.ContentType, Utf8(json));
        var fastNode = await models.ParseNodeFactory().GetRootParseNodeAsync(KiotaJsonModels.ContentType, Utf8(json));
        return (kiotaNode.GetObjectValue(factory)!, fastNode.GetObjectValue(factory)!);
    }

    // The facade's models are plain public data, so their JSON shows every value either path produced.
    private static void AssertSameJson<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));
}
