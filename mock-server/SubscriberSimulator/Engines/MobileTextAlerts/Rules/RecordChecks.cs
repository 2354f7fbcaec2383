using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core.Phones;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The per-record checks against the account: a valid number (<c>e164Number</c> over
/// <c>number</c>) and email, a number the carrier lookup accepts, existing groups and custom fields.
/// Each returns the per-record error, or null.
/// </summary>
internal static class RecordChecks
{
    public static string? ResolveContact(MtaAccount account, in SubscriberRecord record, out Contact contact)
    {
        contact = default;
        long phone = 0;
        var (field, verdict) = !string.IsNullOrEmpty(record.E164Text) ? ("e164Number", MtaPhoneNumbers.E164(record.E164Text))
            : !string.IsNullOrWhiteSpace(record.NumberText) ? ("number", MtaPhoneNumbers.Number(record.NumberText))
            : record.NumberValue != 0 ? ("number", MtaPhoneNumbers.Number(record.NumberValue))
            : ((string?)null, default(PhoneVerdict));
        if (verdict.Broken is { } rule)
        {
            return ErrorMessages.Phone(field!, rule);
        }

        if (field is not null)
        {
            phone = verdict.E164Digits;
        }

        string? email = null;
        if (record.HasEmailInput)
        {
            email = record.Email!.Trim();
            if (!EmailAddressRule.IsValid(email))
            {
                return ErrorMessages.InvalidEmail;
            }
        }

        if (phone != 0 && CarrierRules.Refuse(account, phone) is { } refused)
        {
            return refused;
        }

        contact = new Contact(phone, email);
        return null;
    }

    public static string? CheckReferences(MtaAccount account, in SubscriberRecord record)
    {
        if (record.GroupIds.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in record.GroupIds.EnumerateArray())
            {
                var groupId = item.GetInt64();
                if (groupId is <= 0 or > int.MaxValue || !account.Groups.ContainsKey((int)groupId))
                {
                    return ErrorMessages.UnknownGroup(groupId);
                }
            }
        }

        if (record.SubscriberFields.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in record.SubscriberFields.EnumerateObject())
            {
                if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var fieldId)
                    || !account.CustomFields.ContainsKey(fieldId))
                {
                    return ErrorMessages.UnknownCustomField(property.Name.Length > 20 ? property.Name[..20] + "..." : property.Name);
                }
            }
        }

        return null;
    }
}
