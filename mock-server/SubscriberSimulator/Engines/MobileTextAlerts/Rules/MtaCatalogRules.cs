using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>Groups and custom fields: the account's catalogue that subscriber records point into.</summary>
internal static class MtaCatalogRules
{
    public static readonly string[] FieldTypes = ["string", "number", "date", "boolean", "select", "address", "multi-select"];
    public static readonly string[] DateFormats = ["MMM D, YYYY", "MM/DD/YYYY", "DD/MM/YYYY"];

    /// <summary>Adds a group from a draft (its id is assigned here); the caller holds the account lock.</summary>
    public static MtaGroup AddGroup(MtaAccount account, MtaIdGenerator ids, MtaGroup draft)
    {
        var group = draft with { Id = ids.NextGroupId(), Name = draft.Name.Trim() };
        account.Groups[group.Id] = group;
        return group;
    }

    /// <summary>Checks a custom field definition; returns what is wrong, or null.</summary>
    public static string? Validate(string type, IReadOnlyList<string> options, string? format)
    {
        if (Array.IndexOf(FieldTypes, type) < 0)
        {
            return $"type must be one of {string.Join(", ", FieldTypes)}.";
        }

        if (format is not null && (type != "date" || Array.IndexOf(DateFormats, format) < 0))
        {
            return $"format applies to date fields only and must be one of {string.Join(", ", DateFormats)}.";
        }

        var isSelect = type is "select" or "multi-select";
        if (isSelect && options.Count == 0)
        {
            return "select and multi-select fields need at least one option.";
        }

        return !isSelect && options.Count > 0 ? "options apply to select and multi-select fields only." : null;
    }

    /// <summary>Adds a custom field after <see cref="Validate"/>; the caller holds the account lock.</summary>
    public static MtaCustomField AddCustomField(
        MtaAccount account,
        MtaIdGenerator ids,
        string name,
        string type,
        bool hidden,
        IReadOnlyList<string> options,
        string? format,
        DateTimeOffset now)
    {
        var field = new MtaCustomField(ids.NextCustomFieldId(), name.Trim(), type, hidden, options, format, now);
        account.CustomFields[field.Id] = field;
        return field;
    }
}
