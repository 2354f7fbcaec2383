using System.Text;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal.Json;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.MobileTextAlerts.Internal;
using EssentialStatus = SubscriberSdk.Essential.Generated.Models.SubscriberStatus;

namespace SubscriberSdk.Tests.Internal.Json;

/// <summary>
/// Bodies written with System.Text.Json source generation (<see cref="KiotaJsonModels"/>) are byte for byte
/// what kiota's own JSON writer sends for the same generated models: field names, order, omitted nulls,
/// empty maps and lists, escaping, enums, free-form values.
/// </summary>
public sealed class KiotaJsonModelsWriteTests
{
    [Fact]
    public void A_full_Essential_upsert_is_written_as_kiota_writes_it()
    {
        var body = new UpsertSubscriberRequest
        {
            EmailAddress = "Ana.O'Neil+news@example.com",
            ExternalUserId = "crm-<42> & \"quoted\"",
            PhoneNumber = "+14155550101",
            Properties = new UpsertSubscriberRequest_properties { AdditionalData = new Dictionary<string, object> { ["plan"] = "gold", ["città"] = "Zürich ✓", ["empty"] = string.Empty } },
            Reset = true,
            SendWelcomeSeries = false,
            Status = EssentialStatus.Unconfirmed,
            TagSids = ["TG1", "TG2"],
            WelcomeMessageBody = "Welcome!\nReply STOP to opt out.",
            WorkflowSidToStart = "WF1",
        };

        AssertWrittenAsKiota(body, EssentialJsonContext.Models, expectFastPath: true);
    }

    [Fact]
    public void A_minimal_Essential_upsert_leaves_out_what_is_null_and_keeps_empty_maps_and_lists()
    {
        AssertWrittenAsKiota(new UpsertSubscriberRequest { PhoneNumber = "+14155550101" }, EssentialJsonContext.Models, expectFastPath: true);
        AssertWrittenAsKiota(
            new UpsertSubscriberRequest { PhoneNumber = "+14155550101", Properties = new UpsertSubscriberRequest_properties(), TagSids = [] },
            EssentialJsonContext.Models,
            expectFastPath: true);
    }

    [Fact]
    public void Workflow_arguments_the_context_cannot_write_are_written_by_kiota()
    {
        var body = new UpsertSubscriberRequest
        {
            PhoneNumber = "+14155550101",
            WorkflowSidToStart = "WF1",
            WorkflowKwargs = new UpsertSubscriberRequest_workflow_kwargs
            {
                AdditionalData = new Dictionary<string, object>
                {
                    ["coupon"] = "TEN",
                    ["count"] = 2,
                    ["nothing"] = new UntypedNull(),
                    ["nested"] = new UntypedObject(new Dictionary<string, UntypedNode> { ["a"] = new UntypedString("b") }),
                },
            },
        };

        AssertWrittenAsKiota(body, EssentialJsonContext.Models, expectFastPath: false);
    }

    [Fact]
    public void A_Mobile_Text_Alerts_bulk_create_chunk_is_written_as_kiota_writes_it()
    {
        List<SubscriberRequest> chunk =
        [
            new()
            {
                E164Number = "+14155550101",
                Email = "a@example.com",
                EmployeeNumber = "E-1",
                FirstName = "Zoë",
                LastName = "O'Hara",
                GroupIds = [187561, 9_007_199_254_740_993],
                SubscriberFields = new SubscriberRequest_subscriberFields { AdditionalData = new Dictionary<string, object> { ["Shoe size"] = "42", ["note"] = "<b>vip</b>" } },
                WelcomeMessage = "Hi \"there\"",
            },
            new() { E164Number = "+442071838750" },
            new() { Email = "only@example.com", GroupIds = [], SubscriberFields = new SubscriberRequest_subscriberFields() },
        ];

        AssertWrittenAsKiota(chunk, MobileTextAlertsJsonContext.Models, expectFastPath: true);
    }

    [Fact]
    public void A_Mobile_Text_Alerts_bulk_update_chunk_is_written_as_kiota_writes_it()
    {
        List<BulkUpdateRequestRecord> chunk =
        [
            new() { Id = 7, Record = new SubscriberRequest { FirstName = "Ann", GroupIds = [3] } },
            new() { PhoneNumber = "+14155550101", Record = new SubscriberRequest { E164Number = "+14155550102" } },
            new() { Email = "a@example.com", Record = new SubscriberRequest() },
        ];

        AssertWrittenAsKiota(chunk, MobileTextAlertsJsonContext.Models, expectFastPath: true);
    }

    [Fact]
    public void Serialization_hooks_set_before_kiotas_writer_is_made_reach_it_when_it_writes()
    {
        // Kiota's backing-store proxy sets the hooks right after taking a writer, before anything is written.
        var body = new UpsertSubscriberRequest
        {
            PhoneNumber = "+14155550101",
            WorkflowKwargs = new UpsertSubscriberRequest_workflow_kwargs { AdditionalData = new Dictionary<string, object> { ["nothing"] = new UntypedNull() } },
        };
        var seen = new List<string>();
        var writer = EssentialJsonContext.Models.SerializationWriterFactory().GetSerializationWriter(KiotaJsonModels.ContentType);
        writer.OnBeforeObjectSerialization = model => seen.Add("before " + model.GetType().Name);
        writer.OnStartObjectSerialization = (model, _) => seen.Add("start " + model.GetType().Name);
        writer.OnAfterObjectSerialization = model => seen.Add("after " + model.GetType().Name);

        // A listed model holding a free-form value goes to kiota's writer, made now.
        writer.WriteObjectValue(null, body);

        Assert.Equal("before UpsertSubscriberRequest", seen[0]);
        Assert.Contains("start UpsertSubscriberRequest", seen);
        Assert.Equal("after UpsertSubscriberRequest", seen[^1]);
        Assert.False(WroteItself(writer.GetSerializedContent()));
    }

    private static void AssertWrittenAsKiota<T>(T body, KiotaJsonModels models, bool expectFastPath)
        where T : IParsable
    {
        using var kiota = new JsonSerializationWriter();
        kiota.WriteObjectValue(null, body);
        var fast = models.SerializationWriterFactory().GetSerializationWriter(KiotaJsonModels.ContentType);
        fast.WriteObjectValue(null, body);

        var content = fast.GetSerializedContent();
        Assert.Equal(expectFastPath, WroteItself(content));
        Assert.Equal(Text(kiota.GetSerializedContent()), Text(content));
    }

    private static void AssertWrittenAsKiota<T>(List<T> body, KiotaJsonModels models, bool expectFastPath)
        where T : IParsable
    {
        using var kiota = new JsonSerializationWriter();
        kiota.WriteCollectionOfObjectValues(null, body);
        var fast = models.SerializationWriterFactory().GetSerializationWriter(KiotaJsonModels.ContentType);
        fast.WriteCollectionOfObjectValues(null, body);

        var content = fast.GetSerializedContent();
        Assert.Equal(expectFastPath, WroteItself(content));
        Assert.Equal(Text(kiota.GetSerializedContent()), Text(content));
    }

    // The source-generated writer hands back a read-only MemoryStream over its own bytes; kiota's writer does not.
    private static bool WroteItself(Stream content) => content is MemoryStream { CanWrite: false };

    private static string Text(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
