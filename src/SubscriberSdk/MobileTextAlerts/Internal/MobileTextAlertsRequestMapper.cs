using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>Validates facade requests and builds the generated models.</summary>
internal static class MobileTextAlertsRequestMapper
{
    public static SubscriberRequest ToRequest(MobileTextAlertsSubscriberRequest request, string paramName, bool requireIdentifier, string defaultRegion)
    {
        Guard.NotNull(request, paramName);
        if (requireIdentifier)
        {
            Guard.AtLeastOne($"{paramName} needs a PhoneNumber or an Email to identify the subscriber.", paramName,
                !string.IsNullOrWhiteSpace(request.PhoneNumber), !string.IsNullOrWhiteSpace(request.Email));
        }

        return Build(
            request,
            PhoneArgument.E164(request.PhoneNumber, ProviderPhones.MobileTextAlerts, defaultRegion, $"{paramName}.{nameof(request.PhoneNumber)}"),
            Guard.Email(request.Email, $"{paramName}.{nameof(request.Email)}"));
    }

    /// <summary>
    /// A record the bulk engine has normalised (phone in E.164 by the same rules, email checked and lower-cased):
    /// built without reading the phone with libphonenumber a second time, the largest per-record cost of a chunk.
    /// </summary>
    public static SubscriberRequest FromNormalized(MobileTextAlertsSubscriberRequest record) => Build(record, record.PhoneNumber, record.Email);

    /// <summary>A normalised bulk update (see <see cref="FromNormalized(MobileTextAlertsSubscriberRequest)"/>).</summary>
    public static BulkUpdateRequestRecord FromNormalized(MobileTextAlertsBulkUpdate update) => new()
    {
        Id = update.Id,
        PhoneNumber = update.PhoneNumber,
        Email = update.Email,
        Record = FromNormalized(update.Changes),
    };

    private static SubscriberRequest Build(MobileTextAlertsSubscriberRequest request, string? e164, string? email)
    {
        var body = new SubscriberRequest
        {
            E164Number = e164,
            Email = email,
            FirstName = request.FirstName,
            LastName = request.LastName,
            EmployeeNumber = request.EmployeeNumber,
            WelcomeMessage = request.WelcomeMessage,
            GroupIds = request.GroupIds?.Select(id => (long?)id).ToList(),
        };
        if (request.CustomFields is not null)
        {
            body.SubscriberFields = new SubscriberRequest_subscriberFields
            {
                AdditionalData = request.CustomFields.ToDictionary(p => p.Key, p => (object)p.Value),
            };
        }

        return body;
    }

    public static BulkUpdateRequestRecord ToBulkUpdate(MobileTextAlertsBulkUpdate update, int index, string defaultRegion)
    {
        var name = $"updates[{index}]";
        Guard.NotNull(update, name);
        var keys = new[] { update.Id is not null, !string.IsNullOrWhiteSpace(update.PhoneNumber), !string.IsNullOrWhiteSpace(update.Email) };
        Guard.AtLeastOne($"{name} needs one of Id, PhoneNumber or Email to say which subscriber to update.", name, keys);
        Guard.AtMostOne($"{name} sets more than one of Id, PhoneNumber and Email; they are mutually exclusive.", name, keys);
        var record = ToRequest(Guard.NotNull(update.Changes, $"{name}.Changes"), $"{name}.Changes", requireIdentifier: false, defaultRegion);
        return new BulkUpdateRequestRecord
        {
            Id = update.Id,
            PhoneNumber = string.IsNullOrWhiteSpace(update.PhoneNumber) ? null : PhoneArgument.E164(update.PhoneNumber, ProviderPhones.MobileTextAlerts, defaultRegion, $"{name}.PhoneNumber"),
            Email = string.IsNullOrWhiteSpace(update.Email) ? null : Guard.Email(update.Email, $"{name}.Email"),
            Record = record,
        };
    }

    public static CreateGroupRequest ToGroup(MobileTextAlertsGroupRequest group, string paramName)
    {
        Guard.NotNull(group, paramName);
        return new CreateGroupRequest
        {
            Name = Guard.Required(group.Name, paramName, $"{paramName}.Name"),
            DisplayName = group.DisplayName,
            Description = group.Description,
            Hidden = group.Hidden,
            SortOrder = group.SortOrder,
            IsTemporary = group.IsTemporary,
            Keyword = group.Keyword,
            WelcomeMessage = group.WelcomeMessage,
        };
    }

    public static UpdateGroupRequest ToGroupUpdate(MobileTextAlertsGroupUpdate changes, string paramName)
    {
        Guard.NotNull(changes, paramName);
        if (changes.Name is not null && string.IsNullOrWhiteSpace(changes.Name))
        {
            throw new InvalidSubscriberArgumentException($"{paramName}.Name must not be empty; leave it null to keep the group's name.", $"{paramName}.Name");
        }

        return new UpdateGroupRequest
        {
            Name = changes.Name?.Trim(),
            DisplayName = changes.DisplayName,
            Description = changes.Description,
            Hidden = changes.Hidden,
            SortOrder = changes.SortOrder,
            IsTemporary = changes.IsTemporary,
            Keyword = changes.Keyword,
            WelcomeMessage = changes.WelcomeMessage,
        };
    }

    /// <summary>
    /// Ids for a request body or query: each 1 or more, at most <see cref="Guard.MaxRecordsPerRequest"/>. Null
    /// when <paramref name="ids"/> is null or empty, unless <paramref name="required"/> (then that is an error).
    /// </summary>
    public static List<long?>? Ids(IEnumerable<long>? ids, string paramName, string what, bool required)
    {
        var list = ids?.ToList();
        if (list is null || list.Count == 0)
        {
            return required ? throw new InvalidSubscriberArgumentException($"{paramName} must name at least one {what}.", paramName) : null;
        }

        if (list.Count > Guard.MaxRecordsPerRequest)
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName} names {list.Count} {what}s; one request takes at most {Guard.MaxRecordsPerRequest}. Split them over several calls.", paramName);
        }

        for (var i = 0; i < list.Count; i++)
        {
            PositiveId(list[i], $"{paramName}[{i}]", what);
        }

        return list.ConvertAll(id => (long?)id);
    }

    /// <summary>
    /// The id, number or email used in a path, checked so a typo does not silently address nobody. A number with a
    /// plus is sent in E.164; digits alone are sent as they are, since they may be a subscriber id.
    /// </summary>
    public static string Key(string idOrNumberOrEmail, string paramName, string defaultRegion)
    {
        var key = Guard.Required(idOrNumberOrEmail, paramName, $"{paramName} (a subscriber id, E.164 number or email)");
        if (key.Contains('@', StringComparison.Ordinal))
        {
            return Guard.Email(key, paramName)!;
        }

        return key.StartsWith('+') ? PhoneArgument.E164(key, ProviderPhones.MobileTextAlerts, defaultRegion, paramName)! : key;
    }

    /// <summary>A group or custom field id used in a path; the provider's ids start at 1, so anything lower addresses nothing.</summary>
    public static long PositiveId(long id, string paramName, string what)
    {
        if (id < 1)
        {
            throw new InvalidSubscriberArgumentException($"{paramName} must be a {what} id (a whole number of 1 or more); got {id}.", paramName);
        }

        return id;
    }

    public static OperationOutcome Outcome(string? message) =>
        message switch
        {
            not null when message.Contains("created", StringComparison.OrdinalIgnoreCase) => OperationOutcome.Created,
            not null when message.Contains("updated", StringComparison.OrdinalIgnoreCase) => OperationOutcome.Updated,
            _ => OperationOutcome.Unknown,
        };
}
