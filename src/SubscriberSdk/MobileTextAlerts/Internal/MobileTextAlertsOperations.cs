using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>Pipeline policy per Mobile Text Alerts operation.</summary>
internal static class MobileTextAlertsOperations
{
    // Create-or-update by phone/email: a replay updates the same subscriber (group ids merge, so adding twice is harmless).
    public static readonly OperationPolicy Upsert = new("subscribers.upsert", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Get = new("subscribers.get");
    public static readonly OperationPolicy List = new("subscribers.list");
    public static readonly OperationPolicy Update = new("subscribers.update", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Delete = new("subscribers.delete");
    public static readonly OperationPolicy BulkCreate = new("subscribers.bulk_create", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy BulkUpdate = new("subscribers.bulk_update", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Unsubscribe = new("unsubscribes.create", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy UnsubscribeStatus = new("unsubscribes.get");
    public static readonly OperationPolicy ListUnsubscribes = new("unsubscribes.list");
    public static readonly OperationPolicy CreateGroup = new("groups.create", RetrySafety.Never);
    public static readonly OperationPolicy ListGroups = new("groups.list");
    public static readonly OperationPolicy GetGroup = new("groups.get");
    public static readonly OperationPolicy CreateCustomField = new("custom_fields.create", RetrySafety.Never);
    public static readonly OperationPolicy ListCustomFields = new("custom_fields.list");
    public static readonly OperationPolicy GetCustomField = new("custom_fields.get");
    public static readonly OperationPolicy VerifyApiKey = new("auth.verify_api_key");
}
