using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// The provider's success envelope <c>{"success": true, "message": ..., "data": ...}</c> (200, with
/// a request id in X-Request-ID) and its objects (<c>IPublicNumber</c> and friends), written straight
/// to UTF-8. Handlers build the answer while they hold the account's lock, so the data is one
/// consistent snapshot.
/// </summary>
internal static class MtaJson
{
    private static readonly JsonEncodedText SuccessName = JsonEncodedText.Encode("success");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText FirstNameName = JsonEncodedText.Encode("firstName");
    private static readonly JsonEncodedText LastNameName = JsonEncodedText.Encode("lastName");
    private static readonly JsonEncodedText EmailName = JsonEncodedText.Encode("email");
    private static readonly JsonEncodedText NumberName = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText E164Name = JsonEncodedText.Encode("e164Number");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText CountryIdName = JsonEncodedText.Encode("countryId");
    private static readonly JsonEncodedText GroupsName = JsonEncodedText.Encode("groups");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText AddedToGroupAtName = JsonEncodedText.Encode("addedToGroupAt");
    private static readonly JsonEncodedText FieldDataName = JsonEncodedText.Encode("subscriberFieldData");
    private static readonly JsonEncodedText FieldIdName = JsonEncodedText.Encode("subscriberFieldId");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText SignupMethodName = JsonEncodedText.Encode("signupMethod");
    private static readonly JsonEncodedText LongNumberName = JsonEncodedText.Encode("longNumber");
    private static readonly JsonEncodedText CarrierIdName = JsonEncodedText.Encode("carrierId");

    /// <summary>The envelope with <paramref name="writeData"/> writing exactly one JSON value as <c>data</c>.</summary>
    public static ProviderResponse Envelope<TState>(string message, TState state, Action<Utf8JsonWriter, TState> writeData)
    {
        var response = JsonResponse.Create(200, (message, state, writeData), static (writer, envelope) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean(SuccessName, true);
            writer.WriteString(MessageName, envelope.message);
            writer.WritePropertyName(DataName);
            envelope.writeData(writer, envelope.state);
            writer.WriteEndObject();
        });
        return response.SetHeader(MtaRequestIds.Header, MtaRequestIds.New());
    }

    /// <summary>The envelope with <c>data: null</c>.</summary>
    public static ProviderResponse Envelope(string message) => Envelope(message, 0, static (writer, _) => writer.WriteNullValue());

    /// <summary>The envelope with one subscriber as <c>data</c>.</summary>
    public static ProviderResponse SubscriberEnvelope(string message, MtaAccount account, MtaSubscriber subscriber) =>
        Envelope(message, (account, subscriber), static (writer, state) => WriteSubscriber(writer, state.account, state.subscriber));

    /// <summary>ISO 8601 in UTC with milliseconds, as the provider's JavaScript back end writes dates.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// One subscriber. Email-only subscribers have <c>number</c> 0, no <c>e164Number</c> and a null
    /// <c>countryId</c>, as in the provider's examples; phone-only ones have an empty email.
    /// <c>employeeNumber</c> is stored but, as in the provider's <c>IPublicNumber</c>, not returned.
    /// </summary>
    public static void WriteSubscriber(Utf8JsonWriter writer, MtaAccount account, MtaSubscriber subscriber)
    {
        var national = subscriber.HasPhone ? MtaPhoneNumbers.NationalNumber(subscriber.PhoneDigits) : 0;
        writer.WriteStartObject();
        writer.WriteNumber(IdName, subscriber.Id);
        writer.WriteString(FirstNameName, subscriber.FirstName);
        writer.WriteString(LastNameName, subscriber.LastName);
        writer.WriteString(EmailName, subscriber.Email ?? string.Empty);
        writer.WriteNumber(NumberName, national);
        if (subscriber.HasPhone)
        {
            writer.WriteString(E164Name, subscriber.E164);
        }

        writer.WriteString(DateName, Timestamp(subscriber.Date));
        var countryId = subscriber.HasPhone ? MtaPhoneNumbers.CountryId(subscriber.PhoneDigits) : 0;
        if (countryId == 0)
        {
            writer.WriteNull(CountryIdName);
        }
        else
        {
            writer.WriteNumber(CountryIdName, countryId);
        }

        WriteGroups(writer, account, subscriber.Groups);
        WriteFields(writer, subscriber.Fields);
        writer.WriteNumber(SignupMethodName, subscriber.SignupMethod);
        writer.WriteNumber(LongNumberName, national);
        if (subscriber.HasPhone)
        {
            writer.WriteNumber(CarrierIdName, subscriber.CarrierId);
        }
        else
        {
            writer.WriteNull(CarrierIdName);
        }
        writer.WriteEndObject();
    }

    /// <summary>A named array of items, each written by <paramref name="writeItem"/>.</summary>
    public static void WriteArray<TItem>(Utf8JsonWriter writer, string name, IEnumerable<TItem> items, Action<Utf8JsonWriter, TItem> writeItem)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    public static void WriteGroup(Utf8JsonWriter writer, MtaGroup group)
    {
        writer.WriteStartObject();
        writer.WriteNumber(IdName, group.Id);
        writer.WriteString(NameName, group.Name);
        writer.WriteString("displayName", group.DisplayName);
        writer.WriteString("description", group.Description);
        writer.WriteBoolean("hidden", group.Hidden);
        if (group.SortOrder is { } sortOrder)
        {
            writer.WriteNumber("sortOrder", sortOrder);
        }
        else
        {
            writer.WriteNull("sortOrder");
        }

        writer.WriteBoolean("isTemporary", group.IsTemporary);
        writer.WriteString("keyword", group.Keyword);
        writer.WriteString("welcomeMessage", group.WelcomeMessage);
        writer.WriteString("type", "static");
        writer.WriteString("createdAt", Timestamp(group.CreatedAt));
        writer.WriteEndObject();
    }

    /// <summary>A group and how many subscribers it has (<c>GroupMemberCount</c>).</summary>
    public static void WriteMemberCount(Utf8JsonWriter writer, MtaAccount account, MtaGroup group)
    {
        writer.WriteStartObject();
        writer.WriteNumber(IdName, group.Id);
        writer.WriteString(NameName, group.Name);
        writer.WriteNumber("memberCount", account.MemberCount(group.Id));
        writer.WriteEndObject();
    }

    public static void WriteCustomField(Utf8JsonWriter writer, MtaCustomField field)
    {
        writer.WriteStartObject();
        writer.WriteNumber(IdName, field.Id);
        writer.WriteString(NameName, field.Name);
        writer.WriteString("type", field.Type);
        writer.WriteBoolean("hidden", field.Hidden);
        writer.WriteStartArray("options");
        foreach (var option in field.Options)
        {
            writer.WriteStringValue(option);
        }

        writer.WriteEndArray();
        writer.WriteString("format", field.Format);
        writer.WriteString("created", Timestamp(field.CreatedAt));
        writer.WriteEndObject();
    }

    private static void WriteGroups(Utf8JsonWriter writer, MtaAccount account, MtaGroupMembership[] groups)
    {
        writer.WriteStartArray(GroupsName);
        foreach (var membership in groups)
        {
            writer.WriteStartObject();
            writer.WriteNumber(IdName, membership.GroupId);
            writer.WriteString(NameName, account.Groups.TryGetValue(membership.GroupId, out var group) ? group.Name : string.Empty);
            writer.WriteString(AddedToGroupAtName, Timestamp(membership.AddedAt));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFields(Utf8JsonWriter writer, MtaFieldValue[] fields)
    {
        writer.WriteStartArray(FieldDataName);
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            writer.WriteNumber(IdName, field.Id);
            writer.WriteNumber(FieldIdName, field.FieldId);
            writer.WriteString(DataName, field.Data);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
