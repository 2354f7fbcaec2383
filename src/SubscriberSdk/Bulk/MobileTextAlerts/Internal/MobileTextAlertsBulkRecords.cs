using System.Globalization;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Bulk.MobileTextAlerts.Internal;

/// <summary>Normalisation, natural keys and canonical content of Mobile Text Alerts subscriber records.</summary>
internal static class MobileTextAlertsBulkRecords
{
    public static string PhoneKey(string e164) => "phone:" + e164;

    public static string EmailKey(string email) => "email:" + email.Trim().ToLowerInvariant();

    public static BulkNormalization<MobileTextAlertsSubscriberRequest> Normalize(MobileTextAlertsSubscriberRequest record, string defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(record.PhoneNumber) && string.IsNullOrWhiteSpace(record.Email))
        {
            return BulkNormalization<MobileTextAlertsSubscriberRequest>.Reject("the record has no identifier: set a PhoneNumber or an Email");
        }

        string? phoneError = null;
        var phone = string.IsNullOrWhiteSpace(record.PhoneNumber) ? null : ContactNormalizer.Phone(record.PhoneNumber, ProviderPhones.MobileTextAlerts, defaultRegion, out phoneError);
        if (phoneError is not null)
        {
            return BulkNormalization<MobileTextAlertsSubscriberRequest>.Reject(phoneError);
        }

        string? emailError = null;
        var email = string.IsNullOrWhiteSpace(record.Email) ? null : ContactNormalizer.Email(record.Email, out emailError);
        if (emailError is not null)
        {
            return BulkNormalization<MobileTextAlertsSubscriberRequest>.Reject(emailError);
        }

        var normalized = new MobileTextAlertsSubscriberRequest
        {
            PhoneNumber = phone,
            Email = email,
            FirstName = record.FirstName,
            LastName = record.LastName,
            GroupIds = record.GroupIds,
            CustomFields = record.CustomFields,
            EmployeeNumber = record.EmployeeNumber,
            WelcomeMessage = record.WelcomeMessage,
        };
        return BulkNormalization<MobileTextAlertsSubscriberRequest>.Ok(normalized, phone is not null ? PhoneKey(phone) : EmailKey(email!));
    }

    public static string Canonical(MobileTextAlertsSubscriberRequest record)
    {
        const char separator = CanonicalText.Separator;
        var text = CanonicalText.Start();
        text.Append(record.PhoneNumber).Append(separator)
            .Append(record.Email).Append(separator)
            .Append(record.FirstName).Append(separator)
            .Append(record.LastName).Append(separator)
            .Append(record.EmployeeNumber).Append(separator)
            .Append(record.WelcomeMessage).Append(separator);
        if (record.GroupIds is { Count: > 0 } groups)
        {
            foreach (var group in groups.Order())
            {
                text.Append(group.ToString(CultureInfo.InvariantCulture)).Append(',');
            }
        }

        text.Append(separator);
        if (record.CustomFields is { Count: > 0 } fields)
        {
            foreach (var field in fields.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(field.Key).Append('=').Append(field.Value).Append(separator);
            }
        }

        return CanonicalText.Finish(text);
    }
}
