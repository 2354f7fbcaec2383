using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Api;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>How the controls describe an account (not a Mobile Text Alerts API shape); the caller holds the account's lock.</summary>
internal static class MtaAccountDescription
{
    public static void WriteSummary(Utf8JsonWriter writer, MtaAccount account)
    {
        writer.WriteStartObject();
        WriteCounts(writer, account);
        writer.WriteEndObject();
    }

    /// <summary>The summary plus the catalogue and the seeded carrier answers.</summary>
    public static void Write(Utf8JsonWriter writer, MtaAccount account)
    {
        writer.WriteStartObject();
        WriteCounts(writer, account);
        MtaJson.WriteArray(writer, "groups", account.Groups.Values, MtaJson.WriteGroup);
        MtaJson.WriteArray(writer, "customFields", account.CustomFields.Values, MtaJson.WriteCustomField);
        writer.WriteStartArray("carriers");
        foreach (var (phone, lineType) in account.LineTypes.OrderBy(pair => pair.Key))
        {
            writer.WriteStartObject();
            writer.WriteString("number", MtaPhoneNumbers.FormatE164(phone));
            writer.WriteString("lineType", LineTypeText(lineType));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string LineTypeText(MtaLineType lineType) => lineType.ToString().ToLowerInvariant();

    private static void WriteCounts(Utf8JsonWriter writer, MtaAccount account)
    {
        writer.WriteString("tenantId", account.Id);
        writer.WriteNumber("subscriberCount", account.SubscriberCount);
        writer.WriteNumber("groupCount", account.Groups.Count);
        writer.WriteNumber("customFieldCount", account.CustomFields.Count);
        writer.WriteNumber("unsubscribeCount", account.UnsubscribesByPhone.Count);
        writer.WriteString("sendFailure", account.SendFailure.ToString().ToLowerInvariant());
    }
}
