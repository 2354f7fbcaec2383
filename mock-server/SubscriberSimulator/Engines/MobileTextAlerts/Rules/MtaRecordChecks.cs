using System.Text.Json;
using SubscriberSimulator.Core.Phones;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// The per-record checks against the account: a valid number (<c>e164Number</c> over
/// <c>number</c>) and email, a number the carrier lookup accepts, existing groups and custom fields.
/// Each returns the per-record error, or null.
/// </summary>
internal static class MtaRecordChecks
{
    public static string? ResolveContact(MtaAccount account, in MtaSubscriberInput input, out MtaContact contact)
    {
        contact = default;
        long phone = 0;
        var (field, verdict) = !string.IsNullOrEmpty(input.E164Text) ? ("e164Number", MtaPhoneNumbers.E164(input.E164Text))
            : !string.IsNullOrWhiteSpace(input.NumberText) ? ("number", MtaPhoneNumbers.Number(input.NumberText))
            : input.NumberValue != 0 ? ("number", MtaPhoneNumbers.Number(input.NumberValue))
            : ((string?)null, default(PhoneVerdict));
        if (verdict.Broken is { } rule)
        {
            return MtaErrorMessages.Phone(field!, rule);
        }

        if (field is not null)
        {
            phone = verdict.E164Digits;
        }

        string? email = null;
        if (input.HasEmailInput)
        {
            email = input.Email!.Trim();
            if (!MtaEmails.IsValid(email))
            {
                return MtaErrorMessages.InvalidEmail;
            }
        }

        if (phone != 0)
        {
            switch (account.LineTypeOf(phone))
            {
                case MtaLineType.Landline:
                    return MtaErrorMessages.Landline;
                case MtaLineType.Unreachable:
                    return MtaErrorMessages.Unreachable;
            }
        }

        contact = new MtaContact(phone, email);
        return null;
    }

    public static string? CheckReferences(MtaAccount account, in MtaSubscriberInput input)
    {
        if (input.GroupIds.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in input.GroupIds.EnumerateArray())
            {
                var groupId = item.GetInt64();
                if (groupId is <= 0 or > int.MaxValue || !account.Groups.ContainsKey((int)groupId))
                {
                    return MtaErrorMessages.UnknownGroup(groupId);
                }
            }
        }

        if (input.SubscriberFields.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in input.SubscriberFields.EnumerateObject())
            {
                if (!int.TryParse(property.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fieldId)
                    || !account.CustomFields.ContainsKey(fieldId))
                {
                    return MtaErrorMessages.UnknownCustomField(property.Name.Length > 20 ? property.Name[..20] + "..." : property.Name);
                }
            }
        }

        return null;
    }
}
