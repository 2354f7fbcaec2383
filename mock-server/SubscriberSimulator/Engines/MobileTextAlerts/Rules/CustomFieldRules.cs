using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Custom subscriber attributes, which subscriber records fill with <c>subscriberFields</c> by field id.
/// Deleting a field removes its values from every subscriber and makes its id unknown.
/// </summary>
internal static class CustomFieldRules
{
    public static readonly string[] FieldTypes = ["string", "number", "date", "boolean", "select", "address", "multi-select"];
    public static readonly string[] DateFormats = ["MMM D, YYYY", "MM/DD/YYYY", "DD/MM/YYYY"];

    public static MtaCustomField Add(UnitOfWork<MtaAccount> work, MtaIds ids, CreateCustomFieldCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.Name))
        {
            throw RequestRefusedException.BadRequest("A custom field needs a name.");
        }

        if (Problem(command.Type, command.Options, command.Format) is { } problem)
        {
            throw RequestRefusedException.BadRequest(problem);
        }

        var account = work.Tenant;
        var field = new MtaCustomField(ids.NextCustomFieldId(), command.Name.Trim(), command.Type, command.Hidden, command.Options, command.Format, work.Now);
        work.OnCommit(() => account.CustomFields[field.Id] = field);
        return field;
    }

    public static void Delete(StagedSubscribers staged, MtaCustomField field)
    {
        var account = staged.Account;
        foreach (var subscriber in account.InCreationOrder())
        {
            var remaining = RecordMerger.WithoutField(subscriber.Fields, field.Id);
            if (!ReferenceEquals(remaining, subscriber.Fields))
            {
                staged.Write(subscriber, subscriber with { Fields = remaining });
            }
        }

        staged.Work.OnCommit(() => account.CustomFields.Remove(field.Id));
    }

    /// <summary>The field <paramref name="customFieldId"/> names (digits only), or the provider's 404.</summary>
    public static MtaCustomField Require(MtaAccount account, string customFieldId) =>
        CatalogIds.TryParse(customFieldId, out var id) && account.CustomFields.TryGetValue(id, out var field)
            ? field
            : throw RequestRefusedException.NotFound("Custom field not found.");

    private static string? Problem(string type, IReadOnlyList<string> options, string? format)
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
}
